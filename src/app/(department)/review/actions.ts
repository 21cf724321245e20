'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { decideTask } from '@/lib/routing/decide-task';
import { decideTaskSchema } from '@/lib/routing/schemas';

export async function decideTaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: DEPARTMENT_ROLES, schema: decideTaskSchema, input: formObject(formData) }, async (data, actor) => {
    await decideTask(actor, data);
    revalidatePath('/review');
    redirect(`/review/tasks/${data.taskId}?done=1`);
  });
}
