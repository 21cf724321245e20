import { z } from 'zod';
import { idNumberSchema } from '@/lib/id-number';
import { deliveryChoiceFields } from '@/lib/results/schemas';

const id = z.string().trim().min(1).max(64);
const phone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, 'phone');
// Answers to the item's form fields, key -> text. The online form sends them as
// one JSON value (item-fields.tsx), so autosave, upload and submit carry them alike.
const answers = z
  .preprocess(
    (v) => {
      if (typeof v !== 'string') return v;
      try {
        return JSON.parse(v);
      } catch {
        return null;
      }
    },
    z.record(z.string().max(40), z.string().max(2000, 'tooLong')).refine((r) => Object.keys(r).length <= 50, 'tooLong'),
  )
  .default({});

export const submitApplicationSchema = z.object({
  versionId: id,
  // Generated when the form is shown: a retried or double-clicked submit carries the same key.
  submitKey: z.uuid('invalid'),
  situationIds: z.array(id).max(50).default([]),
  contactName: z.string().trim().min(1).max(50),
  contactPhone: phone,
  note: z.string().trim().max(500).optional().default(''),
  answers,
  // requirementId -> ids of files the applicant uploaded
  files: z.record(id, z.array(id).max(10)).default({}),
  // The applicant's draft that this submission turns into the application.
  draftId: id.optional().or(z.literal('').transform(() => undefined)),
  // How the result should reach the applicant (window by default), docs/results.md.
  ...deliveryChoiceFields,
});
export type SubmitApplicationInput = z.input<typeof submitApplicationSchema>;

// A draft is saved while it is being typed: nothing is required yet, only bounded.
export const saveDraftSchema = z.object({
  draftId: id.optional().or(z.literal('').transform(() => undefined)),
  versionId: id,
  situationIds: z.array(id).max(50).default([]),
  contactName: z.string().trim().max(50).optional().default(''),
  contactPhone: z.string().trim().max(30).optional().default(''),
  note: z.string().trim().max(500).optional().default(''),
  answers,
});
export type SaveDraftInput = z.input<typeof saveDraftSchema>;

export const draftIdSchema = z.object({ draftId: id });

export const attachDraftFilesSchema = z.object({
  draftId: id,
  materialId: id,
  fileIds: z.array(id).min(1).max(10),
});

export const removeDraftFileSchema = z.object({ draftId: id, fileId: id });

export const applicationIdSchema = z.object({ applicationId: id });

const materialVerdict = z.object({
  materialId: id,
  status: z.enum(['MISSING', 'DEFECTIVE']),
  reason: z.string().trim().min(1).max(200),
});

export const requestCorrectionSchema = z.object({
  applicationId: id,
  items: z.array(materialVerdict).min(1, 'correctionItemsRequired').max(100),
  note: z.string().trim().max(500).optional().default(''),
});

export const rejectApplicationSchema = z.object({
  applicationId: id,
  reason: z.string().trim().min(1).max(1000),
  legalBasis: z.string().trim().min(1).max(500),
});

export const answerCorrectionSchema = z.object({
  applicationId: id,
  // materialId -> ids of replacement files the applicant uploaded
  files: z.record(id, z.array(id).max(10)).default({}),
});

// At the window the applicant brings the corrected materials: per flagged
// material, the scans the clerk made, or the paper itself checked as present.
export const answerCorrectionAtWindowSchema = z.object({
  applicationId: id,
  materials: z.record(
    id,
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('SCANNED'), fileIds: z.array(id).min(1, 'scanRequired').max(10) }),
      z.object({ kind: z.literal('PAPER') }),
    ]),
  ),
  note: z.string().trim().max(500).optional(),
});

export const walkInSchema = z.object({
  submitKey: z.uuid('invalid'),
  idNumber: idNumberSchema,
  name: z.string().trim().min(1).max(50),
  phone,
  versionId: id,
  situationIds: z.array(id).max(50).default([]),
  // requirementId -> what the clerk found at the window
  materials: z
    .record(
      id,
      z.object({
        status: z.enum(['PRESENT', 'MISSING', 'DEFECTIVE']),
        reason: z.string().trim().max(200).optional().default(''),
        fileIds: z.array(id).max(10).default([]),
      }),
    )
    .default({}),
});

/** What a draft keeps in `Application.formData`: the note, the answers to the item's fields and the files chosen so far per material. */
export const draftDataSchema = z
  .object({
    note: z.string().catch(''),
    answers: z.record(z.string(), z.string()).catch({}),
    files: z.record(z.string(), z.array(z.string())).catch({}),
  })
  .catch({ note: '', answers: {}, files: {} });
export type DraftData = z.infer<typeof draftDataSchema>;
