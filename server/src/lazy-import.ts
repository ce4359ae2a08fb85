/**
 * Memoises the dynamic import() of an optional, heavy dependency: the module is loaded on the
 * first call only (and tried again after a failed load), so a process that never uses the
 * feature never pays its memory. Keep `import type` for its types.
 */
export function lazyImport<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((err: unknown) => {
      loading = undefined;
      throw err;
    }));
}
