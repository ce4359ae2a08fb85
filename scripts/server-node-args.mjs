// The Node.js options the API server runs with, shared by `npm start` and the benchmark (which
// must measure the server as it runs). The Docker image sets the same in its CMD.
//
// --max-old-space-size: with no limit, V8 sizes the heap for this machine's memory and lets the
// old generation grow to ~200 MB of garbage before a full collection (peak RSS ~300 MiB under
// the benchmark, with ~50 MB live). Any explicit limit up to a few hundred MB makes it collect
// sooner: peak RSS ~175 MiB with 384 MB (QUALITY.md: <= 250 MiB). HEAP_MAX_MB overrides it.

/** `node` arguments before the server's entry file. */
export function serverNodeArgs(env = process.env) {
  const mb = env.HEAP_MAX_MB ?? '384';
  if (!/^\d+$/.test(mb) || Number(mb) < 128 || Number(mb) > 65536) {
    throw new Error(`HEAP_MAX_MB must be a whole number of MB between 128 and 65536, got "${mb}"`);
  }
  return ['--enable-source-maps', `--max-old-space-size=${mb}`];
}
