'use server';
import type { ActionState } from '@/lib/action';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { replyAsStaff } from '@/app/staff-reply';

export async function replyMessageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return replyAsStaff(DEPARTMENT_ROLES, '/review/messages', formData);
}
