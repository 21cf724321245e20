'use server';
import { headers } from 'next/headers';
import { failure, formObject, type ActionState } from '@/lib/action';
import { activateAccount } from '@/lib/auth/activate-account';
import { requestActivation } from '@/lib/auth/request-activation';
import { clientAddressOf } from '@/lib/limits/client-address';

type Fields = Record<string, string | undefined>;

/** Public: no sign-in. The client address is for the throttles (activation-limiter.ts, client-address.ts). */
export async function requestActivationAction(_prev: ActionState<{ idNumber: string }>, formData: FormData): Promise<ActionState<{ idNumber: string }>> {
  const h = await headers();
  const clientAddress = clientAddressOf(h);
  const input = formObject(formData) as Fields;
  try {
    await requestActivation({ idNumber: String(input.idNumber ?? ''), phone: String(input.phone ?? ''), clientAddress });
    return { ok: true, data: { idNumber: String(input.idNumber ?? '').trim().toUpperCase() }, at: Date.now() };
  } catch (error) {
    return failure(error);
  }
}

/** Public: the code from the SMS is the proof of who is acting. */
export async function activateAccountAction(_prev: ActionState<{ username: string; phone: string | null }>, formData: FormData): Promise<ActionState<{ username: string; phone: string | null }>> {
  const clientAddress = clientAddressOf(await headers());
  const input = formObject(formData) as Fields;
  try {
    const data = await activateAccount({
      clientAddress,
      idNumber: String(input.idNumber ?? ''),
      code: String(input.code ?? ''),
      password: String(input.password ?? ''),
      confirmPassword: String(input.confirmPassword ?? ''),
    });
    return { ok: true, data, at: Date.now() };
  } catch (error) {
    return failure(error);
  }
}
