import { z } from 'zod';
import { formFieldSchema } from '@/lib/catalog/form-fields';
import { HANDLING_CLASSES, ITEM_TYPES, LEVELS, MATERIAL_FORMS, RESULT_TYPES } from '@/lib/enums';

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


const situationSchema = z.object({ name: text(100) });

const materialSchema = z.object({
  name: text(200),
  form: z.enum(MATERIAL_FORMS, { message: 'invalid' }),
  copies: z.coerce.number({ message: 'invalid' }).int('invalid').min(0, 'invalid').max(99, 'tooLong'),
  // false: needed only in the situations named here (or, with none named, when it applies).
  required: flag,
  situations: z.array(z.string().trim().min(1)).default([]),
  certificateType: optionalText(100),
  note: optionalText(500),
});

const stepSchema = z.object({ name: text(100), limitDays: optionalHalfDays });

const stageSchema = z.object({
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
    type: z.enum(ITEM_TYPES, { message: 'invalid' }),
    level: z.enum(LEVELS, { message: 'invalid' }),
    departmentCode: text(60),
    legalBasis: lines,
    handlingClass: z.enum(HANDLING_CLASSES, { message: 'invalid' }),
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
    resultType: z.enum(RESULT_TYPES, { message: 'invalid' }),
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
export const publishSchema = z.object({
  versionId: z.string().min(1),
  // YYYY-MM-DD in Shanghai; empty: effective now.
  effectiveFrom: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid').optional()),
});

export const cancelSchema = z.object({ itemId: z.string().min(1), reason: text(500) });

export const delegateSchema = z.object({
  itemId: z.string().min(1),
  level: z.enum(LEVELS, { message: 'invalid' }),
  departmentCode: text(60),
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
