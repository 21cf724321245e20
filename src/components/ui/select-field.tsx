import type { ComponentProps, ReactNode } from 'react';
import { Field, Options, Select } from './field';

type Option = { value: string | number; label: ReactNode };

/**
 * A labelled select over a list of options; like InputField, one id and error list serve the label block and the control.
 * A leading "none" choice (`—`, "no successor") is simply the first option.
 */
export function SelectField({
  id,
  label,
  hint,
  errors,
  required,
  options,
  ...props
}: { id: string; label: ReactNode; hint?: ReactNode; errors?: string[]; required?: boolean; options: readonly Option[] } & Omit<
  ComponentProps<'select'>,
  'id' | 'children'
>) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} required={required}>
      <Select id={id} errors={errors} {...props}>
        <Options items={options} />
      </Select>
    </Field>
  );
}
