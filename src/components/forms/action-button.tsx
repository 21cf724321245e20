'use client';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action';
import { HiddenFields, type HiddenValues } from './hidden-fields';
import { useActionForm } from './use-action-form';

/**
 * A one-button form in a row of a list (revoke, pause, remove, cancel …): it
 * posts `hiddenFields` to its action and says beside the button what went wrong,
 * or `done` once it went through. With `confirmText` the person confirms first.
 */
export function ActionButton<S extends ActionState>({
  run,
  hiddenFields,
  label,
  confirmText,
  done,
  children,
}: {
  run: (prev: S, formData: FormData) => Promise<S>;
  hiddenFields: HiddenValues;
  /** The button's accessible name, naming the row it acts on. */
  label: string;
  confirmText?: string;
  done?: ReactNode;
  children: ReactNode;
}) {
  const { state, action, pending, formError } = useActionForm(run);
  return (
    <form action={action} className="inline" onSubmit={confirmText ? (e) => !confirm(confirmText) && e.preventDefault() : undefined} noValidate>
      <HiddenFields values={hiddenFields} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={label}>
        {children}
      </Button>
      {state?.ok && done && <span className="ml-2 text-sm text-emerald-700">{done}</span>}
      {formError && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {formError}
        </span>
      )}
    </form>
  );
}
