import { Button } from 'suomifi-ui-components';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import type { Lang } from '../../app/lang';
import { LoadError } from '../../app/LoadError';
import { ProjectCard } from './ProjectCard';
import { ProjectListQuery } from './ProjectList.query';

export const PAGE_SIZE = 20;

function usePage(lang: Lang, after: string | null) {
  return useQuery({ query: ProjectListQuery, variables: { lang, first: PAGE_SIZE, after } });
}

/**
 * All projects, a page at a time. Each loaded page is its own query (urql's pattern for "load
 * more" with the document cache), so a language switch refetches every shown page in place.
 */
export function ProjectList() {
  const { t, lang } = useT();
  const [afters, setAfters] = useState<Array<string | null>>([null]);
  // The same variables as the first and the last page below: urql runs each operation once.
  const [head, retryHead] = usePage(lang, null);
  const [tail, retryTail] = usePage(lang, afters[afters.length - 1]);
  const fetching = head.fetching || tail.fetching;

  const status = (
    <p className="status" role="status">
      {fetching ? t('projects.loading') : ''}
    </p>
  );

  if (!head.data) {
    return head.error ? (
      <LoadError
        error={head.error}
        message={t('projects.loadError')}
        onRetry={() => retryHead({ requestPolicy: 'network-only' })}
      />
    ) : (
      status
    );
  }
  if (head.data.projects.edges.length === 0) return <p className="empty">{t('projects.empty')}</p>;

  const loadMore = () => {
    // While fetching, tail.data is still the previous page and its cursor already used.
    const cursor = tail.data?.projects.pageInfo.endCursor;
    if (!tail.fetching && cursor) setAfters([...afters, cursor]);
  };

  return (
    <>
      <p className="count">
        {t('projects.count', {
          count: head.data.projects.totalCount,
          formatted: formatNumber(head.data.projects.totalCount, lang),
        })}
      </p>
      <ul className="project-list">
        {afters.map((after, i) => (
          <ProjectPage key={after ?? ''} lang={lang} after={after} focusFirst={i > 0} />
        ))}
      </ul>
      {tail.error ? (
        <LoadError
          error={tail.error}
          message={t('projects.loadError')}
          onRetry={() => retryTail({ requestPolicy: 'network-only' })}
        />
      ) : (
        tail.data?.projects.pageInfo.hasNextPage && (
          // aria-disabled, not disabled: a disabled button drops keyboard focus.
          <Button className="load-more" aria-disabled={tail.fetching} onClick={loadMore}>
            {t('projects.loadMore')}
          </Button>
        )
      )}
      {status}
    </>
  );
}

/** The list items of one page. Focus moves to a loaded-on-demand page so keyboard users land on it. */
function ProjectPage({ lang, after, focusFirst }: { lang: Lang; after: string | null; focusFirst: boolean }) {
  const [{ data }] = usePage(lang, after);
  return data?.projects.edges.map(({ node }, i) => (
    <li key={node.id}>
      <ProjectCard project={node} autoFocus={focusFirst && i === 0} />
    </li>
  ));
}
