'use server';
import { headers } from 'next/headers';
import { failure, formObject, type ActionState } from '@/lib/action';
import { lookupProgress, type PublicProgress } from '@/lib/progress/lookup-progress';
import { clientAddressOf } from '@/lib/limits/client-address';

/** Public: no sign-in. The client address is the first X-Forwarded-For hop (see guess-limiter.ts). */
export async function lookupProgressAction(_prev: ActionState<PublicProgress>, formData: FormData): Promise<ActionState<PublicProgress>> {
  const h = await headers();
  const clientAddress = clientAddressOf(h);
  const input = formObject(formData) as { receiptNumber?: string; checkCode?: string };
  try {
    const data = await lookupProgress({ receiptNumber: String(input.receiptNumber ?? ''), checkCode: String(input.checkCode ?? ''), clientAddress });
    return { ok: true, data, at: Date.now() };
  } catch (error) {
    return failure(error);
  }
}
