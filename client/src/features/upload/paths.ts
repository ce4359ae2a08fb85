// Apart from the page so that other pages can link here without loading the page's chunk.

/** Where a release's files are uploaded and listed. */
export function releaseFilesPath(lang: string, releaseId: string): string {
  return `/${lang}/releases/${encodeURIComponent(releaseId)}/files`;
}
