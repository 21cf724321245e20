import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { env } from '@/env';
import { AppError } from '@/lib/errors';
import { copyLibraryFile } from '@/lib/files/copy-library-file';
import { discardUploads } from '@/lib/files/store-uploads';
import { attachDraftFiles } from './attach-draft-files';
import { getDraft } from './get-draft';
import { saveDraft } from './save-draft';
import type { saveDraftSchema } from './schemas';

/**
 * 材料库: reuses an earlier document for one material of the online form: the
 * document is copied into the applicant's files and kept in the draft. The
 * pick is checked first (the applicant's own earlier document for a material
 * of that name, room left under the material's limit), so a refused pick
 * neither creates nor changes a draft; a copy the draft did not take is removed.
 */
export async function pickLibraryFile(actor: Actor, data: z.output<typeof saveDraftSchema> & { materialId: string; sourceFileId: string }) {
  const held = data.draftId ? ((await getDraft(actor, data.draftId)).files[data.materialId]?.length ?? 0) : 0;
  if (held >= env.UPLOAD_MAX_FILES) throw new AppError('TOO_MANY_FILES', { fieldErrors: { [`material.${data.materialId}`]: ['tooManyFiles'] } });
  const copy = await copyLibraryFile(actor, { sourceFileId: data.sourceFileId, requirementId: data.materialId });
  try {
    const saved = await saveDraft(actor, data);
    const files = await attachDraftFiles(actor, { draftId: saved.id, materialId: data.materialId, fileIds: [copy.id] });
    return { draftId: saved.id, savedAt: new Date().toISOString(), fileId: copy.id, files };
  } catch (error) {
    await discardUploads([copy.id]);
    throw error;
  }
}
