import type { z } from 'zod';

// An imported file (catalog JSON or workbook) is checked with the strict schemas of
// schemas.ts, whose type errors read `expected.<type>`: a problem of the import
// report names the wrong type, or the values a field allows, beside its key.

/** A zod issue of a file's item or bundle as an import problem: where, which key, what was expected. */
export function fileIssueOf(issue: z.core.$ZodIssue) {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const expected =
    issue.code === 'invalid_value'
      ? issue.values.map(String).join(' | ')
      : issue.message.startsWith('expected.')
        ? issue.message.slice('expected.'.length)
        : null;
  const key = issue.message.startsWith('expected.') ? 'wrongType' : /^[a-zA-Z]+$/.test(issue.message) ? issue.message : 'invalid';
  return { path, key, expected };
}

/** A dotted field of the rule checks (`members.2.dependsOn`) as an issue path, list positions as numbers. */
export function pathOfField(field: string): (string | number)[] {
  return field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
