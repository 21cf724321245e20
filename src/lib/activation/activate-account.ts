import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { activatableAccount } from './activatable-account';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { activateAccountSchema, type ActivateAccountInput } from './schemas';

const MAX_CODE_ATTEMPTS = 5;

// Spend the same time when there is no code to check as when it is wrong.
let dummyHash: Promise<string> | undefined;

function refused(reason: 'codeWrong' | 'codeExpired' | 'codeLocked'): AppError {
  return new AppError('INVALID_INPUT', { fieldErrors: { code: [reason] } });
}

/**
 * Step 2: the code from the SMS plus a new password. The person's own password
 * replaces the unusable one the window set, the code is spent, and from now on
 * they sign in with their phone number or username like any applicant.
 *
 * No pending code and a wrong code are the same "wrong code", so this step
 * tells no more than step 1 about who has an account. Each wrong code counts
 * on the code itself; at 5 it is dead and only a new request helps (at most 3
 * an hour, see activation-limiter.ts), so guessing 6 digits gets nowhere.
 */
export async function activateAccount(input: ActivateAccountInput, now = new Date()) {
  const { idNumber, code, password } = parseInput(activateAccountSchema, input);

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
    throw refused('codeWrong');
  }
  if (pending.attempts >= MAX_CODE_ATTEMPTS) throw refused('codeLocked');
  if (pending.expiresAt <= now) throw refused('codeExpired');

  if (!(await verifyPassword(pending.codeHash, code))) {
    // Counted in the database, guarded by the limit, so parallel guesses cannot get past 5.
    const counted = await db.activationCode.updateMany({
      where: { id: pending.id, usedAt: null, attempts: { lt: MAX_CODE_ATTEMPTS } },
      data: { attempts: { increment: 1 } },
    });
    throw refused(counted.count === 0 || pending.attempts + 1 >= MAX_CODE_ATTEMPTS ? 'codeLocked' : 'codeWrong');
  }

  const passwordHash = await hashPassword(password);
  const actor = { id: account.id, name: account.name, role: account.role, departmentId: null, windowId: null };
  await db.$transaction(async (tx) => {
    // Spent exactly once: a second request with the same code finds nothing to spend.
    const spent = await tx.activationCode.updateMany({
      where: { id: pending.id, usedAt: null, attempts: { lt: MAX_CODE_ATTEMPTS }, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count === 0) throw refused('codeWrong');
    await tx.user.update({ where: { id: account.id }, data: { passwordHash } });
    await recordAudit(tx, { actor, entity: 'User', entityId: account.id, action: 'activate' });
    // Told on the phone too, so an activation the person did not make does not go unnoticed.
    await enqueueMessage(tx, {
      recipientId: account.id,
      subject: '账号已开通',
      body: '您在示范县政务服务中心的账号已开通，可在网上查看窗口为您登记的办件。如非本人操作，请致电中心或到窗口处理。',
      link: '/me',
      external: ['SMS'],
    });
  });
  return { username: account.username, phone: account.phone };
}
