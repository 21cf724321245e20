'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { DEPARTMENT_ROLES, type Actor, type Role } from '@/lib/auth/actor';
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

/**
 * Every task action: one use case under the department's roles (or the head's alone), then back to
 * the task's page with its `done` notice. The task id is read from the form because ending a
 * suspension and deciding an extension are validated by the suspension's or the extension's id.
 */
async function onTask<S extends z.ZodType>(
  formData: FormData,
  step: { roles?: readonly Role[]; schema: S; run: (actor: Actor, data: z.infer<S>) => Promise<unknown>; done: string },
): Promise<ActionState> {
  const taskId = String(formObject(formData).taskId ?? '').trim();
  return runAction({ roles: step.roles ?? DEPARTMENT_ROLES, schema: step.schema, input: formObject(formData) }, async (data, actor) => {
    await step.run(actor, data);
    revalidatePath('/review');
    redirect(`/review/tasks/${encodeURIComponent(taskId)}?done=${step.done}`);
  });
}

export async function decideTaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return onTask(formData, { schema: decideTaskSchema, run: decideTask, done: '1' });
}

export async function claimTaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return onTask(formData, { schema: claimTaskSchema, run: claimTask, done: 'claimed' });
}

export async function startSuspensionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return onTask(formData, { schema: startSuspensionSchema, run: startSuspension, done: 'suspended' });
}

export async function endSuspensionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return onTask(formData, { schema: endSuspensionSchema, run: endSuspension, done: 'resumed' });
}

export async function requestExtensionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return onTask(formData, { schema: requestExtensionSchema, run: requestExtension, done: 'extensionRequested' });
}

// The head's own two: sending a task to a reviewer and deciding an extension.
export async function assignTaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return onTask(formData, { roles: ['DEPT_HEAD'], schema: assignTaskSchema, run: assignTask, done: 'assigned' });
}

export async function decideExtensionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return onTask(formData, { roles: ['DEPT_HEAD'], schema: decideExtensionSchema, run: decideExtension, done: 'extensionDecided' });
}
