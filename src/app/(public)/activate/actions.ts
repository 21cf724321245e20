'use server';
import { runPublicAction, textField, type ActionState } from '@/lib/action';
import { activateAccount } from '@/lib/activation/activate-account';
import { requestActivation } from '@/lib/activation/request-activation';

/** Public: no sign-in; requests are limited per client address (see activation-limiter.ts). */
export async function requestActivationAction(_prev: ActionState<{ idNumber: string }>, formData: FormData): Promise<ActionState<{ idNumber: string }>> {
  const [idNumber, phone] = [textField(formData, 'idNumber'), textField(formData, 'phone')];
  return runPublicAction(async (clientAddress) => {
    await requestActivation({ idNumber, phone, clientAddress });
    return { idNumber: idNumber.trim().toUpperCase() };
  });
}

/** Public: the code from the SMS is the proof of who is acting. */
export async function activateAccountAction(
  _prev: ActionState<{ username: string; phone: string | null }>,
  formData: FormData,
): Promise<ActionState<{ username: string; phone: string | null }>> {
  const [idNumber, code, password, confirmPassword] = ['idNumber', 'code', 'password', 'confirmPassword'].map((name) => textField(formData, name));
  return runPublicAction((clientAddress) => activateAccount({ clientAddress, idNumber, code, password, confirmPassword }));
}
