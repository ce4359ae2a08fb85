// Apart from the page so that other pages can link here without loading the page's chunk.

/** The page of a deliverable; global ids may hold `=`, so the id is encoded. */
export function deliverablePath(lang: string, id: string): string {
  return `/${lang}/deliverables/${encodeURIComponent(id)}`;
}
