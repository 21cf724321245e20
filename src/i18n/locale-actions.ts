'use server';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { localeCookie, locales } from '@/i18n/config';
import { formObject } from '@/lib/action';

// The one action that needs no session: choosing the language of public pages.
export async function setLocale(formData: FormData) {
  const parsed = z.enum(locales).safeParse(formObject(formData).locale);
  if (!parsed.success) return;
  (await cookies()).set(localeCookie, parsed.data, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  revalidatePath('/', 'layout');
}
