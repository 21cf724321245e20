import { z } from 'zod';
import { bundleChoiceSchema } from './schemas';

const id = z.string().trim().min(1).max(64);

/** The bundle form as it is being typed (autosave): nothing required yet, only bounded. */
export const saveBundleFormDraftSchema = bundleChoiceSchema.extend({
  draftId: id.optional().or(z.literal('').transform(() => undefined)),
  bundleCode: z.string().trim().min(1).max(60),
  contactName: z.string().trim().max(50).default(''),
  contactPhone: z.string().trim().max(30).default(''),
  note: z.string().trim().max(1000, 'tooLong').default(''),
  answers: z
    .record(z.string().max(40), z.string().max(4000, 'tooLong'))
    .refine((r) => Object.keys(r).length <= 100, 'tooLong')
    .default({}),
});
export type SaveBundleFormDraftInput = z.input<typeof saveBundleFormDraftSchema>;

/** A distinct material of the bundle form (its key, bundles/rules.ts materialKey). */
const materialKey = z.string().min(1).max(300);

export const pickBundleLibraryFileSchema = saveBundleFormDraftSchema.extend({ materialKey, sourceFileId: id });
export const attachBundleDraftFilesSchema = z.object({ draftId: id, materialKey, fileIds: z.array(id).min(1).max(20) });
export const removeBundleDraftFileSchema = z.object({ draftId: id, fileId: id });

/** What a bundle draft keeps in `data`. */
export const bundleDraftDataSchema = z
  .object({
    contactName: z.string().catch(''),
    contactPhone: z.string().catch(''),
    note: z.string().catch(''),
    answers: z.record(z.string(), z.string()).catch({}),
    files: z.record(z.string(), z.array(z.string())).catch({}),
  })
  .catch({ contactName: '', contactPhone: '', note: '', answers: {}, files: {} });
export type BundleDraftData = z.infer<typeof bundleDraftDataSchema>;
