'use client';
import { startTransition, useActionState, type FormEvent } from 'react';
import type { ActionState } from '@/lib/action';
import { useErrorSummary } from './use-error-summary';
import { errorTextOf } from './error-text';

/**
 * The one way a client form runs its server action: the action's state, the
 * form action, whether it is pending, and its errors translated for the form.
 * A form that renders `<ErrorSummary {...summary} />` and puts `formRef` on
 * its <form> lists its field errors at the top and drops each once fixed.
 *
 * `<form action={action}>` works without script but React resets the form
 * after the action; `<form onSubmit={submit}>` sends the same data (with the
 * button pressed) without the reset, so after a refusal the fields keep what
 * was typed or chosen beside their errors.
 */
export function useActionForm<S extends ActionState>(run: (prev: S, formData: FormData) => Promise<S>) {
  const [state, action, pending] = useActionState(run, null as Awaited<S>);
  const text = errorTextOf(state);
  const { formRef, fieldErrors, summary } = useErrorSummary(state, text);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(data));
  }
  return { state, action, submit, pending, formError: text.formError, fieldErrors, formRef, summary };
}
