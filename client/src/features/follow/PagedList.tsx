import { useState, type ReactNode } from 'react';
import { Button } from 'suomifi-ui-components';
import type { UseQueryResponse } from 'urql';
import { LoadError } from '../../app/LoadError';
import { Skeleton } from '../../app/Skeleton';

export interface Page<N> {
  totalCount: number;
  nodes: readonly N[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface PagedListProps<D, P extends Page<unknown>> {
  /** The query of one page (a hook: called the same way on every render). */
  usePage: (after: string | null) => UseQueryResponse<D>;
  /** The connection in a page's data. */
  pick: (data: D | undefined) => P | null | undefined;
  item: (node: P['nodes'][number]) => ReactNode;
  /** Above the list once the first page is there (counts, actions). */
  header: (first: P) => ReactNode;
  empty: string;
  loading: string;
  loadMore: ReactNode;
  ordered?: boolean;
  className: string;
  skeletonLines: number;
  /** Draws the rows of every page shown (default: a `ul`, or an `ol` when ordered, of className). */
  container?: (rows: ReactNode, first: P) => ReactNode;
  /** A page still loading or failed, as one row of the container (default: an `li`). */
  placeholder?: (content: ReactNode) => ReactNode;
}

/** A connection shown page after page ("show more"), with loading, empty and error states. */
export function PagedList<D, P extends Page<unknown>>(p: PagedListProps<D, P>) {
  const [afters, setAfters] = useState<Array<string | null>>([null]);
  const [first, retryFirst] = p.usePage(null);
  const [tail] = p.usePage(afters[afters.length - 1]!);
  const list = p.pick(first.data);
  const tailList = p.pick(tail.data);
  if (!list)
    return first.error ? (
      <LoadError error={first.error} onRetry={() => retryFirst({ requestPolicy: 'network-only' })} />
    ) : (
      <Skeleton lines={p.skeletonLines} label={p.loading} />
    );
  if (list.totalCount === 0) return <p className="empty">{p.empty}</p>;
  const List = p.ordered ? 'ol' : 'ul';
  const rows = afters.map((after) => <PageItems key={after ?? ''} {...p} after={after} />);
  const cursor = tailList?.pageInfo.hasNextPage ? tailList.pageInfo.endCursor : null;
  return (
    <>
      {p.header(list)}
      {p.container ? p.container(rows, list) : <List className={p.className}>{rows}</List>}
      {cursor && (
        <Button
          variant="secondary"
          className="load-more"
          aria-disabled={tail.fetching}
          onClick={() => {
            if (!tail.fetching && !afters.includes(cursor)) setAfters([...afters, cursor]);
          }}
        >
          {p.loadMore}
        </Button>
      )}
    </>
  );
}

function PageItems<D, P extends Page<unknown>>(p: PagedListProps<D, P> & { after: string | null }) {
  const [{ data, error }, retry] = p.usePage(p.after);
  const items = p.pick(data)?.nodes;
  if (!items) {
    const content = error ? (
      <LoadError error={error} onRetry={() => retry({ requestPolicy: 'network-only' })} />
    ) : (
      <Skeleton lines={2} label={p.loading} />
    );
    return p.placeholder ? p.placeholder(content) : <li>{content}</li>;
  }
  return <>{items.map((n) => p.item(n))}</>;
}
