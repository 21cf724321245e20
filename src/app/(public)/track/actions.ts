'use server';
import { runPublicAction, textField, type ActionState } from '@/lib/action';
import { lookupProgressInWords, type TrackedProgress } from '@/lib/progress/progress-in-words';

/** Public: no sign-in; the guess limit is per client address (see guess-limiter.ts). */
export async function lookupProgressAction(_prev: ActionState<TrackedProgress>, formData: FormData): Promise<ActionState<TrackedProgress>> {
  const [receiptNumber, checkCode] = [textField(formData, 'receiptNumber'), textField(formData, 'checkCode')];
  return runPublicAction((clientAddress) => lookupProgressInWords({ receiptNumber, checkCode, clientAddress }));
}
