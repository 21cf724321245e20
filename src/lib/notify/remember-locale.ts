import 'server-only';
import type { Locale } from '@/i18n/config';
import { db } from '@/lib/db';

/** The language a signed-in user chose: their SMS and e-mail are written in it from now on. */
export async function rememberLocale(actor: { id: string }, locale: Locale): Promise<void> {
  await db.user.updateMany({ where: { id: actor.id }, data: { locale } });
}
