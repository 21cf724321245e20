'use client';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/action';
import { useErrorText } from './use-error-text';

/**
 * The one way a client form runs its server action: the action's state, the
 * form action, whether it is pending, and its errors translated for the form.
 */
export function useActionForm<S extends ActionState>(run: (prev: S, formData: FormData) => Promise<S>) {
  const [state, action, pending] = useActionState(run, null as Awaited<S>);
  const { formError, fieldErrors } = useErrorText(state);
  return { state, action, pending, formError, fieldErrors };
}
