import { z } from 'zod';

const id = z.string().trim().min(1).max(64);
const phone = z.string().trim().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, 'phone');
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

export const materialVerdict = z.object({
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

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 居民身份证号码: 17 digits, a valid birth date and the ISO 7064 MOD 11-2 check character. */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const birth = value.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replaceAll('-', '') !== birth) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  return ID_CHECK[sum % 11] === value[17];
}

export const walkInSchema = z.object({
  submitKey: z.uuid('invalid'),
  idNumber: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .refine(isValidIdNumber, 'idNumber'),
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
