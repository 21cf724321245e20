import 'server-only';
import { AppError } from '@/lib/errors';
import { beginAttempt, secretChecks, type Attempt, type SecretRules } from '@/lib/limits/failure-throttle';

/*
 * Wrong codes on the public pages (/track's check code, /verify's check or
 * verify code), counted in the database (src/lib/limits/failure-throttle.ts)
 * with delays that double past the free failures:
 *  - the client address: one visitor trying many receipts;
 *  - the secret together with the client: one visitor guessing one code;
 *  - the secret: many visitors ganging up on one code. It slows only clients
 *    that have failed on that secret themselves, so reading a receipt number
 *    off /disclosure and typing wrong codes cannot lock the holder of the
 *    paper out of their own case.
 * One key per secret: a case's check code is the same secret on /track and on
 * /verify, whether typed with the receipt number or the case id
 * (`case:<application id>`); a certificate's verify code is its own
 * (`certificate:<id>`); a number that matches nothing counts under itself.
 * A 6-character code has 31^6 ≈ 887 million values: a few tries an hour per
 * client reveal nothing.
 */
const guessRules: SecretRules = {
  byClient: { name: 'guess-client', free: 20, baseSeconds: 1, maxSeconds: 15 * 60, windowSeconds: 60 * 60 },
  byPair: { name: 'guess-pair', free: 5, baseSeconds: 2, maxSeconds: 15 * 60, windowSeconds: 60 * 60 },
  bySecret: { name: 'guess-secret', free: 10, baseSeconds: 2, maxSeconds: 15 * 60, windowSeconds: 24 * 60 * 60 },
};

/** Counted before the code is compared (RATE_LIMITED while in a delay); the caller calls `succeeded` when the code was right. */
export async function beginGuess(secret: string, address: string, now: Date): Promise<Attempt> {
  const attempt = await beginAttempt(secretChecks(guessRules, secret, address), now);
  if (attempt.wait > 0) throw new AppError('RATE_LIMITED', { retryAfterSeconds: attempt.wait });
  return attempt;
}
