import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { beginAttempt, succeeded } from '@/lib/limits/failure-throttle';
import { activatableAccount } from './activatable-account';
import { endSessions } from '@/lib/auth/end-sessions';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { activationCodeChecks } from './activation-limiter';
import { activateAccountSchema, type ActivateAccountInput } from './schemas';

// Spend the same time when there is no code to check as when it is wrong.
let dummyHash: Promise<string> | undefined;

// One answer for no code, an expired code and a wrong one: nothing tells whether a code is pending.
function refused(): AppError {
  return new AppError('INVALID_INPUT', { fieldErrors: { code: ['codeWrong'] } });
}

/**
 * Step 2: the code from the SMS plus a new password. The person's own password
 * replaces the unusable one the window set, the code is spent, and from now on
 * they sign in with their phone number or username like any applicant.
 *
 * No pending code, an expired code and a wrong code are the same "wrong or
 * expired code", so this step tells no more than step 1 about who has an
 * account or a code. Wrong codes are throttled per client and per ID number
 * (activation-limiter.ts), with doubling waits for the clients that made them:
 * a stranger's guesses do not kill the person's code or slow the person down,
 * and guessing 6 digits in a code's 10 minutes gets nowhere.
 */
export async function activateAccount(input: ActivateAccountInput & { clientAddress?: string }, now = new Date()) {
  const { idNumber, code, password } = parseInput(activateAccountSchema, input);
  const attempt = await beginAttempt(activationCodeChecks(idNumber, input.clientAddress || 'unknown'), now);
  if (attempt.wait > 0) throw new AppError('RATE_LIMITED', { retryAfterSeconds: attempt.wait });

  const account = await activatableAccount(idNumber);
  const pending = account
    ? await db.activationCode.findFirst({
        where: { userId: account.id, usedAt: null },
        orderBy: { createdAt: 'desc' },
        select: { id: true, codeHash: true, expiresAt: true, attempts: true },
      })
    : null;
  if (!account || !pending) {
    dummyHash ??= hashPassword('not-a-real-code');
    await verifyPassword(await dummyHash, code);
    throw refused();
  }
  const right = await verifyPassword(pending.codeHash, code);
  if (!right || pending.expiresAt <= now) {
    // Kept for the record (and supervision); it no longer kills the code.
    if (!right) await db.activationCode.updateMany({ where: { id: pending.id, usedAt: null }, data: { attempts: { increment: 1 } } });
    throw refused();
  }

  const passwordHash = await hashPassword(password);
  const actor = { id: account.id, name: account.name, role: account.role, departmentId: null, windowId: null };
  await db.$transaction(async (tx) => {
    // Spent exactly once: a second request with the same code finds nothing to spend.
    const spent = await tx.activationCode.updateMany({
      where: { id: pending.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count === 0) throw refused();
    await tx.user.update({ where: { id: account.id }, data: { passwordHash } });
    await endSessions(tx, account.id);
    await recordAudit(tx, { actor, entity: 'User', entityId: account.id, action: 'activate' });
    // Told on the phone too, so an activation the person did not make does not go unnoticed.
    await enqueueMessage(tx, {
      recipientId: account.id,
      message: { key: 'activated' },
      link: '/me',
      external: ['SMS'],
    });
  });
  await succeeded(attempt);
  return { username: account.username, phone: account.phone };
}
