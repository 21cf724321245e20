import { z } from 'zod';

// The catalog's: the service guide shows the fields, intake checks the answers,
// and the admin's version document carries them (catalog-admin depends on this,
// never the other way).

const flag = z.preprocess((v) => v === true || v === 'true' || v === 'on' || v === '1', z.boolean());
const label = z.string({ message: 'required' }).trim().min(1, 'required').max(60, 'tooLong');

export const FORM_FIELD_KINDS = ['text', 'number', 'date', 'select', 'textarea'] as const;
/** Longest answer when the item names no limit, per kind that takes free text. */
export const FORM_FIELD_DEFAULT_MAX = { text: 200, textarea: 2000 } as const;

/**
 * Drops what a field's kind does not use (options unless a select, a length
 * limit unless free text). A preprocess, run before the field is checked: a
 * transform would stop the item-level checks from reporting the rest.
 */
export function normalizeFormField(v: unknown) {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  const f = v as Record<string, unknown>;
  return { ...f, options: f.kind === 'select' ? f.options : [], maxLength: f.kind === 'text' || f.kind === 'textarea' ? f.maxLength : null };
}

/**
 * One thing the online form asks besides materials (场所名称, 营业面积(㎡) …).
 * `key` names the answer in Application.formData and in exports, so it is
 * ASCII and stable; options only mean something for a select, a length limit
 * only for free text, and are dropped elsewhere so documents compare equal.
 */
export const formFieldSchema = z.preprocess(
  normalizeFormField,
  z.object({
    key: z
      .string({ message: 'required' })
      .trim()
      .min(1, 'required')
      .max(40, 'tooLong')
      .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'fieldKey'),
    label,
    kind: z.enum(FORM_FIELD_KINDS, { message: 'invalid' }),
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
