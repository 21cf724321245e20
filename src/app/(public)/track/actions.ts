'use server';
import { runPublicAction, textField, type ActionState } from '@/lib/action';
import { lookupProgress, type PublicProgress } from '@/lib/progress/lookup-progress';

/** Public: no sign-in; the guess limit is per client address (see guess-limiter.ts). */
export async function lookupProgressAction(_prev: ActionState<PublicProgress>, formData: FormData): Promise<ActionState<PublicProgress>> {
  const [receiptNumber, checkCode] = [textField(formData, 'receiptNumber'), textField(formData, 'checkCode')];
  return runPublicAction((clientAddress) => lookupProgress({ receiptNumber, checkCode, clientAddress }));
}
