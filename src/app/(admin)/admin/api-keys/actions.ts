'use server';
import { revalidatePath } from 'next/cache';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { issueApiKey } from '@/lib/open311/issue-api-key';
import { revokeApiKey } from '@/lib/open311/revoke-api-key';
import { issueApiKeySchema, revokeApiKeySchema } from '@/lib/open311/schemas';

/** The key travels back to the form once, to be shown once; only its hash is stored. */
export async function issueApiKeyAction(_prev: ActionState, formData: FormData): Promise<ActionState<{ name: string; key: string }>> {
  return runAction({ roles: ['ADMIN'], schema: issueApiKeySchema, input: formObject(formData) }, async (data, actor) => {
    const { name, key } = await issueApiKey(actor, data);
    revalidatePath('/admin/api-keys');
    return { name, key };
  });
}

export async function revokeApiKeyAction(_prev: ActionState, formData: FormData): Promise<ActionState<{ id: string }>> {
  return runAction({ roles: ['ADMIN'], schema: revokeApiKeySchema, input: formObject(formData) }, async (data, actor) => {
    const result = await revokeApiKey(actor, data);
    revalidatePath('/admin/api-keys');
    return result;
  });
}
