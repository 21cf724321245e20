import { z } from 'zod';

/*
 * Text typed by people may hold letters, digits, punctuation, tabs and line
 * breaks; never control characters. A NUL makes PostgreSQL refuse the whole
 * statement (a 500 instead of an answer), and other controls and the bidi
 * overrides make a stored text read differently from what it is.
 */
// C0 controls except tab, line feed and carriage return; DEL; C1 controls; bidi overrides and isolates.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/** The one string schema for text from a form: trimmed, without control characters (message key `controlCharacters`). */
export function text() {
  return z
    .string()
    .trim()
    .refine((value) => !hasControlCharacters(value), { message: 'controlCharacters' });
}

/**
 * The paths of every string in an action's input that holds a control
 * character, as field errors. `runAction` refuses such input before any
 * schema runs, so every schema, old or new, gets the rule.
 */
export function controlCharacterErrors(input: unknown, at: string[] = [], out: Record<string, string[]> = {}, depth = 0): Record<string, string[]> {
  if (depth > 8) return out;
  if (typeof input === 'string') {
    if (hasControlCharacters(input)) out[at.join('.') || '_form'] = ['controlCharacters'];
  } else if (Array.isArray(input)) {
    input.forEach((value) => controlCharacterErrors(value, at, out, depth + 1));
  } else if (input && typeof input === 'object' && !(input instanceof Blob)) {
    for (const [key, value] of Object.entries(input)) {
      if (hasControlCharacters(key)) out[at.join('.') || '_form'] = ['controlCharacters'];
      else controlCharacterErrors(value, [...at, key], out, depth + 1);
    }
  }
  return out;
}
