'use client';
import { createContext, use, type ComponentProps, type FormEvent, type ReactNode, type RefObject } from 'react';
import { FormAlert, InputField, TextareaField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import type { ActionState } from '@/lib/action';
import { HiddenFields, type HiddenValues } from './hidden-fields';

/** What ActionForm needs of a `useActionForm(...)`: pass the whole result. */
type BoundForm = {
  state: ActionState;
  action: (data: FormData) => void;
  submit: (event: FormEvent<HTMLFormElement>) => void;
  formError: string | null;
  fieldErrors: Record<string, string[]>;
  formRef: RefObject<HTMLFormElement | null>;
};

const FieldErrorsContext = createContext<Record<string, string[]>>({});

/** The errors the enclosing ActionForm holds for the field `name` (none outside one). */
function useFieldErrors(name: string): string[] | undefined {
  return use(FieldErrorsContext)[name];
}

/**
 * The <form> of one `useActionForm`: the form's error above the fields (and
 * `success` once the action went through), its hidden fields, and its field
 * errors, which the FormInput / FormTextarea / FormSelect inside read by name.
 * `keepValues` sends it with useActionForm's `submit` instead of a form
 * action, so a refused form keeps what was typed (React resets a form after
 * its action). Always `noValidate`: the browser's own bubbles ("Please select
 * an item in the list.") speak the browser's language, not the page's; the
 * action's translated field errors say what is missing (tests/unit/forms.test.ts).
 */
export function ActionForm({
  form: { state, action, submit, formError, fieldErrors, formRef },
  success,
  hiddenFields,
  keepValues = false,
  children,
  ...props
}: Omit<ComponentProps<'form'>, 'action' | 'onSubmit' | 'ref'> & {
  form: BoundForm;
  success?: ReactNode;
  hiddenFields?: HiddenValues;
  keepValues?: boolean;
}) {
  return (
    <form ref={formRef} {...(keepValues ? { onSubmit: submit } : { action })} {...props} noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && success && <FormAlert tone="success">{success}</FormAlert>}
      <HiddenFields values={hiddenFields} />
      <FieldErrorsContext value={fieldErrors}>{children}</FieldErrorsContext>
    </form>
  );
}

type Named<P> = Omit<P, 'id' | 'name' | 'errors'> & { name: string; id?: string; errors?: string[] };

/** An InputField of an ActionForm: its id is its name unless given, its errors the form's for that name unless given. */
export function FormInput({ name, id = name, errors, ...props }: Named<ComponentProps<typeof InputField>>) {
  const own = useFieldErrors(name);
  return <InputField id={id} name={name} errors={errors ?? own} {...props} />;
}

/** A TextareaField of an ActionForm, named as FormInput. */
export function FormTextarea({ name, id = name, errors, ...props }: Named<ComponentProps<typeof TextareaField>>) {
  const own = useFieldErrors(name);
  return <TextareaField id={id} name={name} errors={errors ?? own} {...props} />;
}

/** A SelectField of an ActionForm, named as FormInput; the options are its children or its `options`. */
export function FormSelect({ name, id = name, errors, ...props }: Named<ComponentProps<typeof SelectField>>) {
  const own = useFieldErrors(name);
  return <SelectField id={id} name={name} errors={errors ?? own} {...props} />;
}
