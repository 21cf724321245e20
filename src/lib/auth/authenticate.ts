import 'server-only';
import { db } from '@/lib/db';
import { hashPassword, verifyPassword } from './password';

// Spend the same time on unknown logins as on wrong passwords.
let dummyHash: Promise<string> | undefined;

/** Username or phone plus password; null when they do not match an active user. */
export async function authenticate(login: string, password: string) {
  const user = await db.user.findFirst({
    where: { OR: [{ username: login }, { phone: login }], active: true },
    select: { id: true, name: true, passwordHash: true },
  });
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(await dummyHash, password);
    return null;
  }
  return (await verifyPassword(user.passwordHash, password)) ? { id: user.id, name: user.name } : null;
}
