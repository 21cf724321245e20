import { z } from 'zod';

// Limits are working days in half-day steps (domain.md "Time").
const halfDays = z.coerce
  .number({ message: 'invalid' })
  .min(0, 'invalid')
  .max(3650, 'tooLong')
  .refine((n) => Number.isInteger(n * 2), 'halfDay');

const optionalHalfDays = z.preprocess((v) => (v === '' || v === undefined ? null : v), halfDays.nullable());
const text = (max = 200) => z.string({ message: 'required' }).trim().min(1, 'required').max(max, 'tooLong');
const optionalText = (max = 500) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string().trim().max(max, 'tooLong').nullable().optional()).transform((v) => v ?? null);
const lines = z.array(z.string().trim().min(1, 'required').max(1000, 'tooLong')).default([]);
const flag = z.preprocess((v) => v === true || v === 'true' || v === 'on' || v === '1', z.boolean());
// 0826-2345678, 12345 hot lines, 13800000000.
const phone = z.string({ message: 'required' }).trim().regex(/^(\d{3,4}-?\d{7,8}|1\d{10}|\d{5})$/, 'phone');

export const itemTypes = ['LICENSING', 'CONFIRMATION', 'BENEFIT', 'RULING', 'OTHER_POWER', 'PUBLIC_SERVICE'] as const;
export const levels = ['PROVINCE', 'CITY', 'COUNTY'] as const;
export const handlingClasses = ['IMMEDIATE', 'PROMISED', 'JOINT', 'ESCALATED'] as const;
export const materialForms = ['ORIGINAL', 'COPY', 'ELECTRONIC'] as const;
export const resultTypes = ['CERTIFICATE', 'APPROVAL_DOCUMENT', 'OTHER'] as const;

export const situationSchema = z.object({ name: text(100) });

export const materialSchema = z.object({
  name: text(200),
  form: z.enum(materialForms, { message: 'invalid' }),
  copies: z.coerce.number({ message: 'invalid' }).int('invalid').min(0, 'invalid').max(99, 'tooLong'),
  // false: needed only in the situations named here (or, with none named, when it applies).
  required: flag,
  situations: z.array(z.string().trim().min(1)).default([]),
  certificateType: optionalText(100),
  note: optionalText(500),
});

export const formFieldKinds = ['text', 'number', 'date', 'select', 'textarea'] as const;
/** Longest answer when the item names no limit, per kind that takes free text. */
export const FORM_FIELD_DEFAULT_MAX = { text: 200, textarea: 2000 } as const;

/**
 * One thing the online form asks besides materials (场所名称, 营业面积(㎡) …).
 * `key` names the answer in Application.formData and in exports, so it is
 * ASCII and stable; options only mean something for a select, a length limit
 * only for free text, and are dropped elsewhere so documents compare equal.
 */
export const formFieldSchema = z.preprocess(
  // Normalized before it is checked (a transform would stop the item-level checks from reporting the rest).
  (v) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const f = v as Record<string, unknown>;
    return { ...f, options: f.kind === 'select' ? f.options : [], maxLength: f.kind === 'text' || f.kind === 'textarea' ? f.maxLength : null };
  },
  z.object({
    key: z.string({ message: 'required' }).trim().min(1, 'required').max(40, 'tooLong').regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'fieldKey'),
    label: text(60),
    kind: z.enum(formFieldKinds, { message: 'invalid' }),
    required: flag,
    options: z.array(z.string().trim().min(1, 'required').max(100, 'tooLong')).max(50, 'tooLong').default([]),
    maxLength: z.preprocess(
      (v) => (v === '' || v === undefined ? null : v),
      z.coerce.number({ message: 'invalid' }).int('invalid').min(1, 'invalid').max(FORM_FIELD_DEFAULT_MAX.textarea, 'tooLong').nullable(),
    ),
  }),
);
export type FormField = z.infer<typeof formFieldSchema>;

/** The stored definitions of a version; anything unreadable counts as none. */
export function formFieldsOf(stored: unknown): FormField[] {
  const parsed = z.array(formFieldSchema).safeParse(stored);
  return parsed.success ? parsed.data : [];
}

export const stepSchema = z.object({ name: text(100), limitDays: optionalHalfDays });

export const stageSchema = z.object({
  name: text(100),
  limitDays: halfDays,
  departmentCodes: z.array(z.string().trim().min(1)).min(1, 'required'),
});

/**
 * One full version of an item (实施清单 / 办事指南) as the admin edits it, and as
 * import and export carry it. Departments are named by their code so a
 * document moves between databases unchanged.
 */
export const itemVersionSchema = z
  .object({
    basicCode: text(60),
    implementationCode: z.string().trim().max(80, 'tooLong').default(''),
    name: text(100),
    type: z.enum(itemTypes, { message: 'invalid' }),
    level: z.enum(levels, { message: 'invalid' }),
    departmentCode: text(60),
    legalBasis: lines,
    handlingClass: z.enum(handlingClasses, { message: 'invalid' }),
    statutoryLimitDays: optionalHalfDays,
    promisedLimitDays: halfDays,
    acceptConditions: lines,
    situations: z.array(situationSchema).default([]),
    materials: z.array(materialSchema).default([]),
    steps: z.array(stepSchema).default([]),
    stages: z.array(stageSchema).default([]),
    formFields: z.array(formFieldSchema).max(30, 'tooLong').default([]),
    coHandling: lines,
    fee: text(500),
    feeBasis: optionalText(500),
    onlineDepth: z.coerce.number({ message: 'invalid' }).int('invalid').min(1, 'onlineDepth').max(4, 'onlineDepth'),
    appointment: flag,
    onlinePayment: flag,
    postalDelivery: flag,
    resultName: text(100),
    resultType: z.enum(resultTypes, { message: 'invalid' }),
    resultCertificate: optionalText(100),
    contactPhone: phone,
    complaintPhone: phone,
    keywords: lines,
    lifeEvents: lines,
  })
  .superRefine((v, ctx) => {
    if (v.statutoryLimitDays !== null && v.promisedLimitDays > v.statutoryLimitDays) {
      ctx.addIssue({ code: 'custom', path: ['promisedLimitDays'], message: 'promisedAboveStatutory' });
    }
    const names = new Set(v.situations.map((s) => s.name));
    v.materials.forEach((m, i) => {
      for (const s of m.situations) if (!names.has(s)) ctx.addIssue({ code: 'custom', path: ['materials', i, 'situations'], message: 'unknownSituation' });
    });
    const keys = new Set<string>();
    v.formFields.forEach((f, i) => {
      if (keys.has(f.key)) ctx.addIssue({ code: 'custom', path: ['formFields', i, 'key'], message: 'duplicateFieldKey' });
      keys.add(f.key);
      if (f.kind === 'select' && f.options.length === 0) ctx.addIssue({ code: 'custom', path: ['formFields', i, 'options'], message: 'optionsRequired' });
    });
  });

export type ItemVersionDocument = z.infer<typeof itemVersionSchema>;

export const itemIdSchema = z.object({ itemId: z.string().min(1) });
export const versionIdSchema = z.object({ versionId: z.string().min(1) });

export const updateDraftSchema = z.object({ versionId: z.string().min(1), document: itemVersionSchema });

export const publishSchema = z.object({
  versionId: z.string().min(1),
  // YYYY-MM-DD in Shanghai; empty: effective now.
  effectiveFrom: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid').optional()),
});

export const cancelSchema = z.object({ itemId: z.string().min(1), reason: text(500) });

export const delegateSchema = z.object({
  itemId: z.string().min(1),
  level: z.enum(levels, { message: 'invalid' }),
  departmentCode: text(60),
  reason: text(500),
});

export const mergeSchema = z.object({
  itemIds: z.array(z.string().min(1)).min(2, 'mergeNeedsTwo'),
  target: itemVersionSchema,
  reason: text(500),
});

export const splitSchema = z.object({
  itemId: z.string().min(1),
  parts: z.array(itemVersionSchema).min(2, 'splitNeedsTwo'),
  reason: text(500),
});

// The merge and split pages name only what is new about the resulting items;
// the rest of each guide is carried over from the items being replaced.
const successorIdentity = {
  basicCode: text(60),
  implementationCode: z.string().trim().max(80, 'tooLong').default(''),
  name: text(100),
};

export const mergeIntoNewSchema = z.object({
  itemIds: z.array(z.string().min(1)).min(2, 'mergeNeedsTwo'),
  ...successorIdentity,
  reason: text(500),
});

export const splitIntoPartsSchema = z.object({
  itemId: z.string().min(1),
  parts: z.array(z.object({ ...successorIdentity, situations: z.array(z.string().trim().min(1)).default([]) })).min(2, 'splitNeedsTwo'),
  reason: text(500),
});

export const catalogFileSchema = z.object({
  format: z.literal('yichuang-catalog'),
  formatVersion: z.literal(1),
  items: z.array(z.unknown()),
});

export const departmentSchema = z.object({
  id: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  code: z.string({ message: 'required' }).trim().min(1, 'required').max(60, 'tooLong').regex(/^[A-Za-z0-9-]+$/, 'codeFormat'),
  name: text(100),
  shortName: optionalText(50),
  regionCode: text(20),
  upperDepartmentCode: optionalText(60),
});

export const windowSchema = z.object({
  id: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  code: z.string({ message: 'required' }).trim().min(1, 'required').max(30, 'tooLong').regex(/^[A-Za-z0-9-]+$/, 'codeFormat'),
  name: text(100),
  kind: z.enum(['GENERAL_INTAKE', 'RESULT'], { message: 'invalid' }),
  regionCode: text(20),
});
