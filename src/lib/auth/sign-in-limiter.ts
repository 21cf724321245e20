import 'server-only';
import type { SecretRules } from '@/lib/limits/failure-throttle';

/*
 * Failed sign-ins, counted in the database (src/lib/limits/failure-throttle.ts)
 * on three keys, with delays that double past the free failures (never a fixed
 * lock-out):
 *  - the client address: one client trying many accounts;
 *  - the account together with the client: one client guessing one account;
 *  - the account: many clients guessing one account. It slows down only the
 *    clients that have themselves failed on the account, so nobody can lock an
 *    owner out by failing on their name; the owner is told instead
 *    (authenticate.ts) when failures pile up.
 * The account is the user, whether named by username or phone number: both
 * count together. A login that matches no user is counted under its own text,
 * so guessing unknown names costs the same.
 */
export const signInRules: SecretRules = {
  byClient: { name: 'signin-client', free: 10, baseSeconds: 1, maxSeconds: 15 * 60, windowSeconds: 60 * 60 },
  byPair: { name: 'signin-pair', free: 3, baseSeconds: 2, maxSeconds: 15 * 60, windowSeconds: 60 * 60 },
  bySecret: { name: 'signin-account', free: 5, baseSeconds: 2, maxSeconds: 15 * 60, windowSeconds: 24 * 60 * 60 },
};

/** The account count at which its holder is told: the 5th failure, then every 25th. */
export function tellHolderAt(failures: number): boolean {
  return failures === signInRules.bySecret.free || (failures > signInRules.bySecret.free && failures % 25 === 0);
}
