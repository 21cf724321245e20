import type { EmbeddedServer } from '../../scripts/with-db.mjs';

/** The embedded server of tests/fault/setup.ts. */
export function faultDatabase(): EmbeddedServer {
  const server = (globalThis as { faultDatabase?: EmbeddedServer }).faultDatabase;
  if (!server) throw new Error('tests/fault/setup.ts did not run');
  return server;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the first success of `attempt`, retrying every 200 ms until `withinMs` passed. */
export async function eventually<T>(attempt: () => Promise<T>, withinMs: number): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}

/** Rejects when `promise` has not settled within `ms`: a hang becomes a failure with a message. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms).unref())]);
}
