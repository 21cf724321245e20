import 'server-only';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/*
 * Wrong guesses on the public progress page, counted per client address and
 * per receipt number: the address stops one visitor trying many receipts, the
 * receipt number stops many addresses ganging up on one case (a 6-character
 * check code has 31^6 ≈ 887 million values, so a few tries an hour reveal nothing).
 *
 * The memory store is per process: the portal runs as one Next.js process. A
 * deployment with several processes must switch to RateLimiterPostgres on the
 * same keys.
 *
 * The address comes from X-Forwarded-For, which any client can set: it is
 * trustworthy only behind a proxy that overwrites it (the center's nginx does).
 * Without such a proxy the per-receipt limit still holds.
 */
const byAddress = new RateLimiterMemory({ keyPrefix: 'track-ip', points: 20, duration: 15 * 60 });
const byReceipt = new RateLimiterMemory({ keyPrefix: 'track-receipt', points: 5, duration: 60 * 60 });

/** Seconds until the next guess is allowed; 0 when it is allowed now. */
export async function guessWait(address: string, receiptNumber: string): Promise<number> {
  const [a, r] = await Promise.all([byAddress.get(address), byReceipt.get(receiptNumber)]);
  const blocked = [
    a && a.consumedPoints >= byAddress.points ? a.msBeforeNext : 0,
    r && r.consumedPoints >= byReceipt.points ? r.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...blocked) / 1000);
}

/** Counts one wrong guess against both keys. */
export async function recordWrongGuess(address: string, receiptNumber: string): Promise<void> {
  await Promise.all(
    [byAddress.consume(address), byReceipt.consume(receiptNumber)].map((p) =>
      // Consuming beyond the limit rejects with a RateLimiterRes: the guess is still counted.
      p.catch((e: unknown) => {
        if (!(e instanceof RateLimiterRes)) throw e;
      }),
    ),
  );
}
