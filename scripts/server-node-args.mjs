// The Node.js options the API server runs with, shared by `npm start` and the benchmark (which
// must measure the server as it runs). The Docker image sets the same in its CMD.
//
// --max-old-space-size: with no limit, V8 sizes the heap for this machine's memory and lets the
// old generation grow to ~200 MB of garbage before a full collection (peak RSS ~300 MiB under
// the benchmark, with ~50 MB live). Any explicit limit up to a few hundred MB makes it collect
// sooner: peak RSS ~175 MiB with 384 MB (QUALITY.md: <= 250 MiB). HEAP_MAX_MB overrides it.
// --max-semi-space-size: a set old-space limit also shrinks the young generation, and objects
// that live across a database round trip then get promoted and collected as old ones: W5 (2-hop
// neighbourhood) cost ~40 % more CPU. 32 MB semi-spaces take that back (W5 ~11-15 ms/req CPU
// against ~12 without any flag) for peak RSS ~200-210 MiB.

/** `node` arguments before the server's entry file. */
export function serverNodeArgs(env = process.env) {
  const mb = env.HEAP_MAX_MB ?? '384';
  if (!/^\d+$/.test(mb) || Number(mb) < 128 || Number(mb) > 65536) {
    throw new Error(`HEAP_MAX_MB must be a whole number of MB between 128 and 65536, got "${mb}"`);
  }
  return ['--enable-source-maps', `--max-old-space-size=${mb}`, '--max-semi-space-size=32'];
}
