import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { hashPassword, verifyPassword } from './password';
import { clearFailedSignIns, recordFailedSignIn, signInWait } from './sign-in-limiter';

// Spend the same time on unknown logins as on wrong passwords.
let dummyHash: Promise<string> | undefined;

/**
 * Username or phone plus password; null when they do not match an active user.
 * After too many failures the login is refused with RATE_LIMITED before the
 * password is even checked, so guessing on gains nothing.
 */
export async function authenticate(login: string, password: string, address = 'unknown') {
  if ((await signInWait(login, address)) > 0) throw new AppError('RATE_LIMITED');
  const user = await db.user.findFirst({
    where: { OR: [{ username: login }, { phone: login }], active: true },
    select: { id: true, name: true, passwordHash: true, sessionVersion: true },
  });
  let valid = false;
  if (user) {
    valid = await verifyPassword(user.passwordHash, password);
  } else {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(await dummyHash, password);
  }
  if (!user || !valid) {
    await recordFailedSignIn(login, address);
    return null;
  }
  await clearFailedSignIns(login);
  return { id: user.id, name: user.name, sessionVersion: user.sessionVersion };
}
