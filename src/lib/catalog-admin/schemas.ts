import { z } from 'zod';
import { FORM_FIELD_DEFAULT_MAX, FORM_FIELD_KINDS, normalizeFormField } from '@/lib/catalog/form-fields';
import { HANDLING_CLASSES, ITEM_TYPES, LEVELS, MATERIAL_FORMS, RESULT_TYPES } from '@/lib/enums';

// The same document is read from two sources. The admin form sends strings
// ("on", "3"), which are converted; an imported file has real types (JSON, typed
// cells), and there a wrong type is an error, never converted ("yes" is not
// false, true is not a 1-day limit).
type Mode = 'form' | 'file';

const missing = (v: unknown) => v === undefined || v === null;
/** A type error names what was expected; an absent value is simply required. */
const typed = (expected: string) => ({ error: (issue: { input?: unknown }) => (missing(issue.input) ? 'required' : `expected.${expected}`) });

function primitives(mode: Mode) {
  const strict = mode === 'file';
  const number = strict ? z.number(typed('number')) : z.coerce.number({ message: 'invalid' });
  // Limits are working days in half-day steps (domain.md "Time").
  const halfDays = number
    .min(0, 'invalid')
    .max(3650, 'tooLong')
    .refine((n) => Number.isInteger(n * 2), 'halfDay');
  const optionalHalfDays = z.preprocess((v) => (v === '' || v === undefined ? null : v), halfDays.nullable());
  const integer = () => (strict ? z.number(typed('number')) : z.coerce.number({ message: 'invalid' })).int('invalid');
  const flag = strict ? z.boolean(typed('boolean')) : z.preprocess((v) => v === true || v === 'true' || v === 'on' || v === '1', z.boolean());
  const list = <T extends z.ZodType>(of: T) => z.array(of, strict ? typed('list') : undefined);
  const lines = list(z.string(typed('text')).trim().min(1, 'required').max(1000, 'tooLong')).default([]);
  return { halfDays, optionalHalfDays, integer, flag, list, lines };
}

const text = (max = 200) =>
  z
    .string({ error: (issue) => (missing(issue.input) ? 'required' : 'expected.text') })
    .trim()
    .min(1, 'required')
    .max(max, 'tooLong');
const optionalText = (max = 500) =>
  z
    .preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string(typed('text')).trim().max(max, 'tooLong').nullable().optional())
    .transform((v) => v ?? null);
// 0826-2345678, 12345 hot lines, 13800000000.
const phone = z
  .string({ error: (issue) => (missing(issue.input) ? 'required' : 'expected.text') })
  .trim()
  .regex(/^(\d{3,4}-?\d{7,8}|1\d{10}|\d{5})$/, 'phone');
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: 'invalid' });

/**
 * Checks between fields, as plain code over whatever was given (typed or not),
 * so that a file row with type errors still gets them reported in the same pass.
 */
export function crossFieldIssues(value: unknown): { path: (string | number)[]; message: string }[] {
  if (!value || typeof value !== 'object') return [];
  const v = value as Record<string, unknown>;
  const issues: { path: (string | number)[]; message: string }[] = [];
  const arr = (x: unknown) => (Array.isArray(x) ? (x as unknown[]) : []);
  const obj = (x: unknown) => (x && typeof x === 'object' ? (x as Record<string, unknown>) : {});
  const str = (x: unknown) => (typeof x === 'string' ? x.trim() : null);
  const num = (x: unknown) => (typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' && Number.isFinite(Number(x)) ? Number(x) : null);
  const promised = num(v.promisedLimitDays);
  const statutory = num(v.statutoryLimitDays);
  if (promised !== null && statutory !== null && promised > statutory) issues.push({ path: ['promisedLimitDays'], message: 'promisedAboveStatutory' });
  const names = new Set(arr(v.situations).map((x) => str(obj(x).name)));
  arr(v.materials).forEach((m, i) => {
    if (arr(obj(m).situations).some((x) => !names.has(str(x)))) issues.push({ path: ['materials', i, 'situations'], message: 'unknownSituation' });
  });
  const keys = new Set<string>();
  arr(v.formFields).forEach((f, i) => {
    const key = str(obj(f).key);
    if (key !== null && keys.has(key)) issues.push({ path: ['formFields', i, 'key'], message: 'duplicateFieldKey' });
    if (key !== null) keys.add(key);
    if (obj(f).kind === 'select' && arr(obj(f).options).length === 0) issues.push({ path: ['formFields', i, 'options'], message: 'optionsRequired' });
  });
  return issues;
}

function schemas(mode: Mode) {
  const { halfDays, optionalHalfDays, integer, flag, list, lines } = primitives(mode);

  const situationSchema = z.object({ name: text(100) });

  const materialSchema = z.object({
    name: text(200),
    form: oneOf(MATERIAL_FORMS),
    copies: integer().min(0, 'invalid').max(99, 'tooLong'),
    // false: needed only in the situations named here (or, with none named, when it applies).
    required: flag,
    situations: list(z.string(typed('text')).trim().min(1)).default([]),
    certificateType: optionalText(100),
    note: optionalText(500),
  });

  /**
   * As catalog/form-fields.ts reads it, but typed strictly for a file: one thing the online form asks besides materials (场所名称, 营业面积(㎡) …).
   * `key` names the answer in Application.formData and in exports, so it is
   * ASCII and stable; options only mean something for a select, a length limit
   * only for free text, and are dropped elsewhere so documents compare equal.
   */
  const formFieldSchema = z.preprocess(
    normalizeFormField,
    z.object({
      key: z
        .string(typed('text'))
        .trim()
        .min(1, 'required')
        .max(40, 'tooLong')
        .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'fieldKey'),
      label: text(60),
      kind: oneOf(FORM_FIELD_KINDS),
      required: flag,
      options: list(z.string(typed('text')).trim().min(1, 'required').max(100, 'tooLong'))
        .max(50, 'tooLong')
        .default([]),
      maxLength: z.preprocess(
        (v) => (v === '' || v === undefined ? null : v),
        integer().min(1, 'invalid').max(FORM_FIELD_DEFAULT_MAX.textarea, 'tooLong').nullable(),
      ),
    }),
  );

  const stepSchema = z.object({ name: text(100), limitDays: optionalHalfDays });

  const stageSchema = z.object({
    name: text(100),
    limitDays: halfDays,
    departmentCodes: list(z.string(typed('text')).trim().min(1)).min(1, 'required'),
  });

  /**
   * One full version of an item (实施清单 / 办事指南) as the admin edits it, and as
   * import and export carry it. Departments are named by their code so a
   * document moves between databases unchanged.
   */
  const itemVersionSchema = z
    .object({
      basicCode: text(60),
      implementationCode: z.string(typed('text')).trim().max(80, 'tooLong').default(''),
      name: text(100),
      type: oneOf(ITEM_TYPES),
      level: oneOf(LEVELS),
      departmentCode: text(60),
      legalBasis: lines,
      handlingClass: oneOf(HANDLING_CLASSES),
      statutoryLimitDays: optionalHalfDays,
      promisedLimitDays: halfDays,
      acceptConditions: lines,
      situations: list(situationSchema).default([]),
      materials: list(materialSchema).default([]),
      steps: list(stepSchema).default([]),
      stages: list(stageSchema).default([]),
      formFields: list(formFieldSchema).max(30, 'tooLong').default([]),
      coHandling: lines,
      fee: text(500),
      feeBasis: optionalText(500),
      onlineDepth: integer().min(1, 'onlineDepth').max(4, 'onlineDepth'),
      appointment: flag,
      onlinePayment: flag,
      postalDelivery: flag,
      // 邮费 when posted (blank: free) and 电子送达 (download): docs/results.md. Optional in
      // imported documents, so catalogs written before them still read.
      postalFee: optionalText(100),
      electronicDelivery: flag.nullish().transform((v) => v ?? false),
      // 双公示: publish decided results on /disclosure (persons masked). Never for
      // items about a person's identity, travel documents, household, marriage,
      // assistance or health (docs/catalog-format.md).
      disclose: flag,
      resultName: text(100),
      resultType: oneOf(RESULT_TYPES),
      resultCertificate: optionalText(100),
      contactPhone: phone,
      complaintPhone: phone,
      keywords: lines,
      lifeEvents: lines,
    })
    .superRefine((v, ctx) => {
      for (const issue of crossFieldIssues(v)) ctx.addIssue({ code: 'custom', ...issue });
    });
  return { situationSchema, materialSchema, formFieldSchema, stepSchema, stageSchema, itemVersionSchema };
}

const fromForm = schemas('form');
export const { itemVersionSchema } = fromForm;
/** The same document as an imported file must hold it: real types, nothing converted. */
export const fileItemVersionSchema = schemas('file').itemVersionSchema;

export type ItemVersionDocument = z.infer<typeof itemVersionSchema>;

export const itemIdSchema = z.object({ itemId: z.string().min(1) });
export const publishSchema = z.object({
  versionId: z.string().min(1),
  // YYYY-MM-DD in Shanghai; empty: effective now.
  effectiveFrom: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid')
      .optional(),
  ),
});

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

/** A department or window as the admin saves it: an id when it exists already, an ASCII code, a name. */
const organizationUnit = (codeMax: number) => ({
  id: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  code: z
    .string({ message: 'required' })
    .trim()
    .min(1, 'required')
    .max(codeMax, 'tooLong')
    .regex(/^[A-Za-z0-9-]+$/, 'codeFormat'),
  name: text(100),
});

export const departmentSchema = z.object({
  ...organizationUnit(60),
  shortName: optionalText(50),
  regionCode: text(20),
  upperDepartmentCode: optionalText(60),
});

export const windowSchema = z.object({
  ...organizationUnit(30),
  kind: z.enum(['GENERAL_INTAKE', 'RESULT'], { message: 'invalid' }),
  regionCode: text(20),
});
