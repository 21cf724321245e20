import type { z } from 'zod';
import { AppError } from './errors';

/** The zod issue as a translatable key; schemas may name a key as their message. */
function issueKey(issue: z.core.$ZodIssue): string {
  if (/^[a-zA-Z]+$/.test(issue.message)) return issue.message;
  if (issue.code === 'too_small') return (issue as { minimum?: unknown }).minimum === 1 ? 'required' : 'tooShort';
  if (issue.code === 'too_big') return 'tooLong';
  if (issue.code === 'invalid_type') return 'required';
  return 'invalid';
}

/** Zod's issues as field errors: `validation.<key>` message keys by dotted path (`_form` for the whole input). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    (fields[key] ??= []).push(issueKey(issue));
  }
  return fields;
}

/**
 * For use cases that take raw input themselves (the public ones, which have no
 * `runAction` in front): the parsed input, or INVALID_INPUT with field errors.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT', { fieldErrors: fieldErrorsOf(parsed.error) });
  return parsed.data;
}
