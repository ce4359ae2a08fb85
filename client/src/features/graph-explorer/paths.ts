// Apart from the pages so that the graph and the list can link without loading more code.

/** Opens any node of the graph: resolves its id to its page (see NodePage). */
export function nodePath(lang: string, id: string): string {
  return `/${lang}/nodes/${encodeURIComponent(id)}`;
}

/** The graph explorer centred on a node. */
export function explorePath(lang: string, id: string): string {
  return `/${lang}/explore/${encodeURIComponent(id)}`;
}
