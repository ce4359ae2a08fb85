import type DataLoader from 'dataloader';
import type { Page, PageKey, ViewRow } from './loaders.js';
import { manyKey, type EmbeddedPage } from './many-embeds.js';
import {
  connection,
  decodeOffsetCursor,
  encodeOffsetCursor,
  pageSize,
  type Connection,
  type PageArgs,
} from './relay.js';

/**
 * A nested connection (children of one parent) through a batched page loader, or the page the
 * parent's statement read (`embedded`, many-embeds.ts) when it was read for these arguments.
 */
export async function nestedConnection(
  loader: DataLoader<PageKey, Page, string>,
  parent: string,
  page: PageArgs,
  filter?: string | null,
  embedded?: EmbeddedPage,
): Promise<Connection<ViewRow>> {
  const first = pageSize(page.first);
  const offset = decodeOffsetCursor(page.after);
  const p =
    embedded?.key === manyKey(first, offset, filter)
      ? embedded
      : await loader.load({ parent, first, offset, filter: filter ?? null });
  return connection(
    p.rows,
    first,
    (_, i) => encodeOffsetCursor(offset + i + 1),
    () => {
      // The loader counts only when the operation's selection has this connection's totalCount.
      if (p.total === null) throw new Error('totalCount was not counted for this query');
      return p.total;
    },
    offset > 0,
    p.hasNext,
  );
}
