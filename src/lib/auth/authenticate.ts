import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { beginAttempt, secretChecks, succeeded } from '@/lib/limits/failure-throttle';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { hashPassword, verifyPassword } from './password';
import { signInRules, tellHolderAt } from './sign-in-limiter';

// Spend the same time on unknown logins as on wrong passwords.
let dummyHash: Promise<string> | undefined;

/**
 * Username or phone plus password; null when they do not match an active user.
 * A client in its delay (sign-in-limiter.ts) is refused with RATE_LIMITED
 * before the password is even checked, so guessing on gains nothing; a client
 * that caused no failures is never refused the right password.
 */
export async function authenticate(login: string, password: string, address = 'unknown', now = new Date()) {
  const user = await db.user.findFirst({
    where: { OR: [{ username: login }, { phone: login }], active: true },
    select: { id: true, name: true, passwordHash: true, sessionVersion: true },
  });
  const account = user ? `user:${user.id}` : `login:${login.toLowerCase()}`;
  const attempt = await beginAttempt(secretChecks(signInRules, account, address), now);
  if (attempt.wait > 0) throw new AppError('RATE_LIMITED', { retryAfterSeconds: attempt.wait });

  let valid = false;
  if (user) {
    valid = await verifyPassword(user.passwordHash, password);
  } else {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(await dummyHash, password);
  }
  if (!user || !valid) {
    const accountFailures = attempt.failures[2];
    if (user && tellHolderAt(accountFailures)) await tellHolder(user.id, accountFailures);
    return null;
  }
  await succeeded(attempt);
  return { id: user.id, name: user.name, sessionVersion: user.sessionVersion };
}

async function tellHolder(userId: string, failures: number) {
  await db.$transaction((tx) =>
    enqueueMessage(tx, {
      recipientId: userId,
      message: { key: 'signInFailures', values: { count: failures } },
      link: '/login',
      external: ['SMS', 'EMAIL'],
    }),
  );
}
