// The V8 heap flags scripts/server.mjs gives each app process. V8 sizes the
// heap by the machine's memory (4 GB of old generation on 23 GB) and, under a
// burst of renders, let garbage pile up to 700-880 MB per process while what
// survives a collection is about 85 MB: the old generation is bounded at 320
// MB (docs/performance.md, "Memory per app process"). The young generation
// stays at V8's default (semi-spaces of up to 32 MB in Node 26, 16 in Node 20:
// on Node 20, twice its default halved the scavenges but each took twice as
// long, 50 renders in flight keeping most young objects alive, for no less CPU).
//
//   APP_OLD_SPACE_MB (320), APP_SEMI_SPACE_MB (0)   0: V8's default

/** The flags to add to `execArgv`; a flag the operator already gave node (NODE_OPTIONS, command line) wins. */
export function heapFlags(env = process.env, execArgv = process.execArgv) {
  const given = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)];
  return [
    ['--max-old-space-size', env.APP_OLD_SPACE_MB ?? '320'],
    ['--max-semi-space-size', env.APP_SEMI_SPACE_MB ?? '0'],
  ]
    .filter(([flag, mb]) => Number(mb) > 0 && !given.some((a) => a.startsWith(flag)))
    .map(([flag, mb]) => `${flag}=${Number(mb)}`);
}
