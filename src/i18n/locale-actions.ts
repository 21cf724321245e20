'use server';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { localeCookie, locales } from '@/i18n/config';
import { formObject } from '@/lib/action';
import { getActor } from '@/lib/auth/session';
import { rememberLocale } from '@/lib/notify/remember-locale';

// The one action that needs no session: choosing the language of public pages. A
// signed-in user's choice is also remembered for the messages sent to their phone.
export async function setLocale(formData: FormData) {
  const parsed = z.enum(locales).safeParse(formObject(formData).locale);
  if (!parsed.success) return;
  (await cookies()).set(localeCookie, parsed.data, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  const actor = await getActor();
  if (actor) await rememberLocale(actor, parsed.data);
  revalidatePath('/', 'layout');
}
