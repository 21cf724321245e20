import { FORM_FIELD_DEFAULT_MAX, type FormField } from '@/lib/catalog/form-fields';

/** The applicant's answers to an item's form fields, by field key, as typed. */
export type Answers = Record<string, string>;

const NUMBER = /^-?\d{1,12}(\.\d{1,4})?$/;

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Only the answers to fields the version has, trimmed, empty ones left out. */
export function keptAnswers(fields: FormField[], given: Answers): Answers {
  const out: Answers = {};
  for (const field of fields) {
    const value = given[field.key]?.trim() ?? '';
    if (value !== '') out[field.key] = value;
  }
  return out;
}

/**
 * Checks a submission's answers against the fields of the version it is filed
 * under. A problem is a field error at `answers.<key>`, where the form shows it.
 */
export function checkAnswers(fields: FormField[], given: Answers): { answers: Answers; fieldErrors: Record<string, string[]> } {
  const answers = keptAnswers(fields, given);
  const fieldErrors: Record<string, string[]> = {};
  for (const field of fields) {
    const value = answers[field.key];
    const at = `answers.${field.key}`;
    if (value === undefined) {
      if (field.required) fieldErrors[at] = [field.kind === 'select' ? 'choose' : 'required'];
      continue;
    }
    if (field.kind === 'number' && !NUMBER.test(value)) fieldErrors[at] = ['notANumber'];
    else if (field.kind === 'date' && !isDate(value)) fieldErrors[at] = ['invalidDate'];
    else if (field.kind === 'select' && !field.options.includes(value)) fieldErrors[at] = ['notAnOption'];
    else if ((field.kind === 'text' || field.kind === 'textarea') && value.length > (field.maxLength ?? FORM_FIELD_DEFAULT_MAX[field.kind]))
      fieldErrors[at] = ['tooLong'];
  }
  return { answers, fieldErrors };
}
