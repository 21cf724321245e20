'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { assignTask } from '@/lib/routing/assign-task';
import { claimTask } from '@/lib/routing/claim-task';
import { decideTask } from '@/lib/routing/decide-task';
import { decideExtension } from '@/lib/routing/decide-extension';
import { endSuspension } from '@/lib/routing/end-suspension';
import { requestExtension } from '@/lib/routing/request-extension';
import {
  assignTaskSchema,
  claimTaskSchema,
  decideExtensionSchema,
  decideTaskSchema,
  endSuspensionSchema,
  requestExtensionSchema,
  startSuspensionSchema,
} from '@/lib/routing/schemas';
import { startSuspension } from '@/lib/routing/start-suspension';

export async function decideTaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: DEPARTMENT_ROLES, schema: decideTaskSchema, input: formObject(formData) }, async (data, actor) => {
    await decideTask(actor, data);
    revalidatePath('/review');
    redirect(`/review/tasks/${data.taskId}?done=1`);
  });
}

export async function claimTaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: DEPARTMENT_ROLES, schema: claimTaskSchema, input: formObject(formData) }, async (data, actor) => {
    await claimTask(actor, data);
    revalidatePath('/review');
    redirect(`/review/tasks/${data.taskId}?done=claimed`);
  });
}

export async function assignTaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['DEPT_HEAD'], schema: assignTaskSchema, input: formObject(formData) }, async (data, actor) => {
    await assignTask(actor, data);
    revalidatePath('/review');
    redirect(`/review/tasks/${data.taskId}?done=assigned`);
  });
}

export async function startSuspensionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: DEPARTMENT_ROLES, schema: startSuspensionSchema, input: formObject(formData) }, async (data, actor) => {
    await startSuspension(actor, data);
    revalidatePath('/review');
    redirect(`/review/tasks/${data.taskId}?done=suspended`);
  });
}

export async function endSuspensionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const taskId = String(formObject(formData).taskId ?? '');
  return runAction({ roles: DEPARTMENT_ROLES, schema: endSuspensionSchema, input: formObject(formData) }, async (data, actor) => {
    await endSuspension(actor, data);
    revalidatePath('/review');
    redirect(`/review/tasks/${encodeURIComponent(taskId)}?done=resumed`);
  });
}

export async function requestExtensionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: DEPARTMENT_ROLES, schema: requestExtensionSchema, input: formObject(formData) }, async (data, actor) => {
    await requestExtension(actor, data);
    revalidatePath('/review');
    redirect(`/review/tasks/${data.taskId}?done=extensionRequested`);
  });
}

export async function decideExtensionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const taskId = String(formObject(formData).taskId ?? '');
  return runAction({ roles: ['DEPT_HEAD'], schema: decideExtensionSchema, input: formObject(formData) }, async (data, actor) => {
    await decideExtension(actor, data);
    revalidatePath('/review');
    redirect(`/review/tasks/${encodeURIComponent(taskId)}?done=extensionDecided`);
  });
}
