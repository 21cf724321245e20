import type { ActionState } from '@/lib/action';

/**
 * The form-level message and the field messages of an action's result. The
 * server words them in the reader's language (src/i18n/error-text.ts), so a
 * form page carries no validation or error messages of its own.
 */
export function errorTextOf(state: ActionState): { formError: string | null; fieldErrors: Record<string, string[]> } {
  if (!state || state.ok) return { formError: null, fieldErrors: {} };
  return { formError: state.text.form, fieldErrors: state.text.fields };
}
