import 'server-only';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/*
 * Requests for an activation code, counted per ID number and per client
 * address. Every request counts, not only refused ones: each accepted request
 * sends a text message, and nobody should be able to flood a person's phone
 * (3 codes an hour per ID number) or probe many ID numbers from one client
 * (10 requests an hour per address). Per process, like the sign-in and
 * progress-page limiters (see src/lib/progress/guess-limiter.ts for the
 * caveats about the address).
 */
const byIdNumber = new RateLimiterMemory({ keyPrefix: 'activate-id', points: 3, duration: 60 * 60 });
const byAddress = new RateLimiterMemory({ keyPrefix: 'activate-ip', points: 10, duration: 60 * 60 });

/** Counts one request; the seconds to wait when it is over either limit, else 0. */
export async function consumeActivationRequest(idNumber: string, address: string): Promise<number> {
  const results = await Promise.all(
    [byIdNumber.consume(idNumber), byAddress.consume(address)].map((p) =>
      p.then(
        () => 0,
        (e: unknown) => {
          if (!(e instanceof RateLimiterRes)) throw e;
          return e.msBeforeNext;
        },
      ),
    ),
  );
  return Math.ceil(Math.max(...results) / 1000);
}
