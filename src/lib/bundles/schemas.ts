import { z } from 'zod';
import { idNumberSchema } from '@/lib/id-number';

const text = (max = 200) => z.string({ message: 'required' }).trim().min(1, 'required').max(max, 'tooLong');
const halfDays = z.coerce
  .number({ message: 'invalid' })
  .min(0.5, 'invalid')
  .max(3650, 'tooLong')
  .refine((n) => Number.isInteger(n * 2), 'halfDay');
const names = z.array(z.string().trim().min(1, 'required').max(100, 'tooLong')).max(30, 'tooLong').default([]);

export const applicabilities = ['ALWAYS', 'SITUATION', 'OPTIONAL'] as const;

const bundleMemberSchema = z.object({
  itemCode: text(60),
  applicability: z.enum(applicabilities, { message: 'invalid' }),
  situations: names,
  dependsOn: names,
});

/**
 * A bundle version as the admin form, import and export carry it. Members are
 * named by the item's basic code and depend on each other by it, so the
 * document moves between databases unchanged (like items, docs/catalog-format.md).
 */
export const bundleDocumentSchema = z.object({
  code: text(60).regex(/^[A-Za-z0-9-]+$/, 'codeFormat'),
  name: text(100),
  lifeEvent: text(50),
  leadDepartmentCode: text(60),
  promisedLimitDays: halfDays,
  situations: names,
  description: z
    .preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string().trim().max(2000, 'tooLong').nullable().optional())
    .transform((v) => v ?? null),
  members: z.array(bundleMemberSchema).max(20, 'tooLong'),
});
export type BundleDocument = z.infer<typeof bundleDocumentSchema>;

export const saveBundleDraftSchema = z.object({ versionId: z.string().optional(), document: bundleDocumentSchema });
export const bundleVersionIdSchema = z.object({ versionId: z.string().min(1) });

/** What the guide and the application ask: the bundle situations and the optional members chosen. */
export const bundleChoiceSchema = z.object({
  situations: z.array(z.string().max(100)).max(30).default([]),
  optional: z.array(z.string().max(60)).max(20).default([]),
});

const phone = z
  .string({ message: 'required' })
  .trim()
  .regex(/^(\d{3,4}-?\d{7,8}|1\d{10})$/, 'phone');

/**
 * One submission of a bundle (一表申请): answers by field key (a shared key
 * answered once), files by material key (一套材料: each distinct material once).
 */
export const submitBundleSchema = bundleChoiceSchema.extend({
  bundleCode: text(60),
  submitKey: z.string().uuid(),
  contactName: text(50),
  contactPhone: phone,
  note: z.string().trim().max(1000, 'tooLong').default(''),
  answers: z.record(z.string(), z.string().max(4000, 'tooLong')).default({}),
  files: z.record(z.string(), z.array(z.string()).max(20)).default({}),
  // The applicant's bundle draft this submission files (its kept files count as given); deleted with it.
  draftId: z
    .string()
    .max(64)
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
export type SubmitBundleInput = z.input<typeof submitBundleSchema>;

export const bundleCaseIdSchema = z.object({ bundleCaseId: z.string().min(1) });

/** 一次性告知 across members: every defect of every member, by distinct material. */
export const bundleCorrectionSchema = z.object({
  bundleCaseId: z.string().min(1),
  items: z.array(z.object({ materialKey: z.string().min(1), status: z.enum(['MISSING', 'DEFECTIVE']), reason: text(500) })).min(1, 'correctionItemsRequired'),
  note: z.string().trim().max(1000, 'tooLong').default(''),
});

/** Answering the bundle's correction: new files by material key, each once. */
export const answerBundleCorrectionSchema = z.object({
  bundleCaseId: z.string().min(1),
  files: z.record(z.string(), z.array(z.string()).min(1).max(20)),
});

/** One acceptance; members refused at intake (with reason) do not stop the others. */
export const acceptBundleSchema = z.object({
  bundleCaseId: z.string().min(1),
  refuse: z.array(z.object({ applicationId: z.string().min(1), reason: text(500) })).default([]),
});

/**
 * 一窗受理 of a bundle at the counter: the person (found by ID number or
 * registered), the choice, the one form's answers by field key, and per
 * distinct material what the clerk found and the scans made of it.
 */
export const walkInBundleSchema = bundleChoiceSchema.extend({
  bundleCode: text(60),
  submitKey: z.string().uuid('invalid'),
  idNumber: idNumberSchema,
  name: text(50),
  phone,
  note: z.string().trim().max(1000, 'tooLong').default(''),
  answers: z.record(z.string(), z.string().max(4000, 'tooLong')).default({}),
  materials: z
    .record(
      z.string(),
      z.object({
        status: z.enum(['PRESENT', 'MISSING', 'DEFECTIVE']),
        reason: z.string().trim().max(200, 'tooLong').default(''),
        fileIds: z.array(z.string()).max(20).default([]),
      }),
    )
    .default({}),
});
export type WalkInBundleInput = z.input<typeof walkInBundleSchema>;
