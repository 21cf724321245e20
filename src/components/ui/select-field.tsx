import type { ComponentProps, ReactNode } from 'react';
import { Field, Options, Select } from './field';

type Option = { value: string | number; label: ReactNode };

/**
 * A labelled select over a list of options; like InputField, one id and error list serve the label block and the control.
 * The options come as a list (`options`; a leading "none" choice such as `—` is simply the first) or as children.
 */
export function SelectField({
  id,
  label,
  hint,
  errors,
  required,
  options,
  children,
  ...props
}: { id: string; label: ReactNode; hint?: ReactNode; errors?: string[]; required?: boolean; options?: readonly Option[] } & Omit<
  ComponentProps<'select'>,
  'id'
>) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} required={required}>
      <Select id={id} errors={errors} required={required} {...props}>
        {options ? <Options items={options} /> : children}
      </Select>
    </Field>
  );
}
