'use client';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/action';
import { useErrorSummary } from './use-error-summary';
import { useErrorText } from './use-error-text';

/**
 * The one way a client form runs its server action: the action's state, the
 * form action, whether it is pending, and its errors translated for the form.
 * A form that renders `<ErrorSummary {...summary} />` and puts `formRef` on
 * its <form> lists its field errors at the top and drops each once fixed.
 */
export function useActionForm<S extends ActionState>(run: (prev: S, formData: FormData) => Promise<S>) {
  const [state, action, pending] = useActionState(run, null as Awaited<S>);
  const text = useErrorText(state);
  const { formRef, fieldErrors, summary } = useErrorSummary(state, text);
  return { state, action, pending, formError: text.formError, fieldErrors, formRef, summary };
}
