'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { importCatalog, type ImportProblem } from '@/lib/catalog-admin/import-catalog';

const importForm = z.object({ file: z.instanceof(File, { message: 'required' }).refine((f) => f.size > 0, 'required') });

export type ImportResult = { created: number; updated: number; bundlesCreated: number; bundlesUpdated: number; problems: ImportProblem[] };

export async function importCatalogAction(_prev: ActionState<ImportResult>, formData: FormData): Promise<ActionState<ImportResult>> {
  return runAction({ roles: ['ADMIN'], schema: importForm, input: { file: formObject(formData).file } }, async ({ file }, actor) => {
    const format = file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'json';
    const result = await importCatalog(actor, { format, bytes: new Uint8Array(await file.arrayBuffer()) });
    if (!result.problems.length) {
      revalidatePath('/admin/items');
      revalidatePath('/services');
      revalidatePath('/admin/bundles');
    }
    return {
      created: result.created,
      updated: result.updated,
      bundlesCreated: result.bundlesCreated,
      bundlesUpdated: result.bundlesUpdated,
      problems: result.problems,
    };
  });
}
