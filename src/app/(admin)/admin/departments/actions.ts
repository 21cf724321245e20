'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { saveDepartment } from '@/lib/catalog-admin/save-department';
import { saveWindow } from '@/lib/catalog-admin/save-window';
import { departmentSchema, windowSchema } from '@/lib/catalog-admin/schemas';

export async function saveDepartmentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['ADMIN'], schema: departmentSchema, input: formObject(formData) }, async (data, actor) => {
    await saveDepartment(actor, data);
    revalidatePath('/admin/departments');
    redirect('/admin/departments?saved=department');
  });
}

export async function saveWindowAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['ADMIN'], schema: windowSchema, input: formObject(formData) }, async (data, actor) => {
    await saveWindow(actor, data);
    revalidatePath('/admin/departments');
    redirect('/admin/departments?list=windows&saved=window');
  });
}
