'use server';
import type { ActionState } from '@/lib/action';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { replyAsStaff } from '@/app/staff-reply';

export async function replyMessageAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return replyAsStaff(WINDOW_ROLES, '/desk/messages', formData);
}
