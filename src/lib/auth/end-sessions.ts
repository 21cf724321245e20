import 'server-only';
import { db, type Tx } from '@/lib/db';

/**
 * Ends every session of a user on the server: the session token carries the
 * user's session version from sign-in (options.ts), and getActor accepts it
 * only while the row still has that version. Raised on sign-out, when the
 * password is set or changed, and on deactivation. A token that outlives its
 * cookie (copied, stolen, or a browser that ignored the sign-out) stops working
 * at its next request instead of at its expiry 8 hours later.
 */
export async function endSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Sign-out: ends the sessions only when the token is still current, so a
 * replayed old token cannot be used to sign its owner out again and again.
 */
export async function signOutSession(userId: string, sessionVersion: number): Promise<void> {
  await db.user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
}

/** Deactivation by the admin: the account stops signing in, and its open sessions end now. */
export async function setUserActive(userId: string, active: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { active } });
    if (!active) await endSessions(tx, userId);
  });
}
