import 'server-only';
import { randomInt } from 'node:crypto';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { enqueueSmsOnly } from '@/lib/notify/enqueue-message';
import { activatableAccount } from './activatable-account';
import { hashPassword } from '@/lib/auth/password';
import { beginAttempt } from '@/lib/limits/failure-throttle';
import { activationRequestChecks, activationTextChecks } from './activation-limiter';
import { requestActivationSchema, type RequestActivationInput } from './schemas';

const ACTIVATION_CODE_MINUTES = 10;

/**
 * Step 1 of activating an account the window registered: the person gives the
 * ID number and the phone number they gave the clerk. When both match an
 * account not yet activated, a 6-digit code goes to that phone by SMS through
 * the outbox. The answer is the same whether or not they matched, and takes
 * as long (the code is hashed either way), so nobody learns who has an account.
 */
export async function requestActivation(input: RequestActivationInput & { clientAddress: string }, now = new Date()): Promise<void> {
  const { idNumber, phone } = parseInput(requestActivationSchema, input);

  // Every request counts (activation-limiter.ts), answered or not.
  const { wait } = await beginAttempt(activationRequestChecks(idNumber, phone, input.clientAddress || 'unknown'), now);
  if (wait > 0) throw new AppError('RATE_LIMITED', { retryAfterSeconds: wait });

  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const codeHash = await hashPassword(code);
  const account = await activatableAccount(idNumber);
  if (!account || !(await phoneMatches(account, phone))) return;
  // Too many texts to this person lately: the answer stays the same, no text goes out.
  if ((await beginAttempt(activationTextChecks(account.id), now)).wait > 0) return;

  await db.$transaction(async (tx) => {
    // Only the newest code counts: a new request replaces the unused ones.
    await tx.activationCode.deleteMany({ where: { userId: account.id, usedAt: null } });
    await tx.activationCode.create({
      data: { userId: account.id, codeHash, phone, expiresAt: new Date(now.getTime() + ACTIVATION_CODE_MINUTES * 60_000) },
    });
    await enqueueSmsOnly(tx, {
      phone,
      subject: '开通账号验证码',
      body: `您的验证码为 ${code}，${ACTIVATION_CODE_MINUTES} 分钟内有效。工作人员不会向您索要验证码，请勿告诉他人。`,
    });
    await recordAudit(tx, { actor: null, entity: 'User', entityId: account.id, action: 'request-activation' });
  });
}

/**
 * The number on the account, or, when the clerk's number was already another
 * account's login (register-walk-in.ts then keeps it as the contact phone
 * only), the contact phone of a case the window registered for this person.
 */
async function phoneMatches(account: { id: string; phone: string | null }, phone: string): Promise<boolean> {
  if (account.phone) return account.phone === phone;
  const registered = await db.application.count({ where: { applicantId: account.id, channel: 'WINDOW', contactPhone: phone } });
  return registered > 0;
}
