import 'server-only';
import type { z } from 'zod';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { env } from '@/env';
import { AppError } from '@/lib/errors';
import { copyLibraryFile } from '@/lib/files/copy-library-file';
import { discardUploads } from '@/lib/files/store-uploads';
import { attachBundleDraftFiles } from './attach-bundle-draft-files';
import { pickBundleLibraryFileSchema } from './form-draft-schemas';
import { getBundleFormDraft } from './get-bundle-form-draft';
import { saveBundleFormDraft } from './save-bundle-form-draft';
import { loadTailoredBundle } from './tailored-bundle';

/**
 * 材料库 in the bundle form: an earlier document of the applicant for a
 * distinct material, picked once, serves every member that asks for it (the
 * submission links it to each). The document is copied into the applicant's
 * files (copyLibraryFile: their own document, for a material of that name) and
 * kept in the draft, which is saved (or created) with what was typed; a pick
 * refused changes nothing, and a copy the draft did not take is removed.
 */
export async function pickBundleLibraryFile(actor: Actor, input: z.input<typeof pickBundleLibraryFileSchema>) {
  assertRole(actor, ['APPLICANT']);
  const data = pickBundleLibraryFileSchema.parse(input);
  const { tailored } = await loadTailoredBundle(data.bundleCode, data);
  const material = tailored.materials.find((m) => m.key === data.materialKey);
  if (!material) throw new AppError('NOT_FOUND');
  const held = data.draftId ? ((await getBundleFormDraft(actor, data.draftId)).files[data.materialKey]?.length ?? 0) : 0;
  if (held >= env.UPLOAD_MAX_FILES) throw new AppError('TOO_MANY_FILES', { fieldErrors: { [`material.${data.materialKey}`]: ['tooManyFiles'] } });
  const copy = await copyLibraryFile(actor, { sourceFileId: data.sourceFileId, requirementId: material.uses[0]!.requirement.id });
  try {
    const saved = await saveBundleFormDraft(actor, data);
    const files = await attachBundleDraftFiles(actor, { draftId: saved.id, materialKey: data.materialKey, fileIds: [copy.id] });
    return { draftId: saved.id, savedAt: new Date().toISOString(), fileId: copy.id, files };
  } catch (error) {
    await discardUploads([copy.id]);
    throw error;
  }
}
