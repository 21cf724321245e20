import type { ComponentProps, ReactNode } from 'react';

const control =
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-brand-500 aria-[invalid=true]:ring-seal-600 min-h-10';

type FieldProps = { id: string; label: ReactNode; hint?: ReactNode; errors?: string[]; required?: boolean; children?: ReactNode };

/** Label, control, hint and errors tied together with aria-describedby. */
export function Field({ id, label, hint, errors, required, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required && (
          <span className="ml-0.5 text-seal-600" aria-hidden="true">
            *
          </span>
        )}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={`${id}-error`} className="text-sm text-seal-700" role="alert">
      {errors.join('；')}
    </p>
  );
}

function describedBy(id: string, { hint, errors }: { hint?: unknown; errors?: string[] }) {
  const ids = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function Input({ id, errors, hint, ...props }: ComponentProps<'input'> & { id: string; errors?: string[]; hint?: unknown }) {
  return (
    <input
      id={id}
      name={props.name ?? id}
      aria-invalid={errors?.length ? true : undefined}
      aria-describedby={describedBy(id, { hint, errors })}
      className={control}
      {...props}
    />
  );
}

export function Textarea({ id, errors, hint, ...props }: ComponentProps<'textarea'> & { id: string; errors?: string[]; hint?: unknown }) {
  return (
    <textarea
      id={id}
      name={props.name ?? id}
      aria-invalid={errors?.length ? true : undefined}
      aria-describedby={describedBy(id, { hint, errors })}
      className={control}
      rows={3}
      {...props}
    />
  );
}

export function Select({ id, errors, ...props }: ComponentProps<'select'> & { id: string; errors?: string[] }) {
  return (
    <select
      id={id}
      name={props.name ?? id}
      aria-invalid={errors?.length ? true : undefined}
      aria-describedby={describedBy(id, { errors })}
      className={control}
      {...props}
    />
  );
}

export function FormAlert({ tone = 'error', children }: { tone?: 'error' | 'success'; children: ReactNode }) {
  const style = tone === 'error' ? 'border-red-200 bg-red-50 text-red-800' : 'border-emerald-200 bg-emerald-50 text-emerald-800';
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border px-4 py-3 text-sm ${style}`}>
      {children}
    </div>
  );
}

/** The options of a select, in the order given. */
export function Options({ items }: { items: readonly { value: string | number; label: ReactNode }[] }) {
  return items.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}

/**
 * A labelled text area, the most common field of the staff and applicant forms.
 * The hint and the errors reach both the label block and the control, so they can never disagree.
 */
export function TextareaField({ id, label, hint, errors, required, ...props }: Omit<FieldProps, 'children'> & Omit<ComponentProps<'textarea'>, 'id'>) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} required={required}>
      <Textarea id={id} errors={errors} hint={hint} required={required} {...props} />
    </Field>
  );
}

/** A labelled input; like TextareaField, one id, hint and error list serve the label block and the control. */
export function InputField({ id, label, hint, errors, required, ...props }: Omit<FieldProps, 'children'> & Omit<ComponentProps<'input'>, 'id'>) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} required={required}>
      <Input id={id} errors={errors} hint={hint} required={required} {...props} />
    </Field>
  );
}

const fileControl = 'max-w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-700';

/** The scans or photos of one material: several files, of the kinds the upload check accepts, tied to the material's error list. */
export function MaterialFilesInput({
  id,
  errors,
  className,
  ...props
}: Omit<ComponentProps<'input'>, 'type' | 'multiple' | 'accept'> & { id: string; errors?: string[] }) {
  return (
    <input
      id={id}
      type="file"
      multiple
      accept="application/pdf,image/jpeg,image/png"
      aria-invalid={errors ? true : undefined}
      aria-describedby={errors ? `${id}-error` : undefined}
      className={className ? `${className} ${fileControl}` : fileControl}
      {...props}
    />
  );
}
