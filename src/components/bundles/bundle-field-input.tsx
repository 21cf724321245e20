'use client';
import { useTranslations } from 'next-intl';
import { Field, Input, Select, Textarea } from '@/components/ui/field';

export type FormFieldView = { key: string; label: string; kind: string; required: boolean; options: string[]; memberNames?: string[] };

/**
 * One field of a bundle's one form (一表申请), named `answers.<key>`: a shared
 * field names the members it serves. Controlled when `value` is given, so a
 * refused submission does not wipe what was typed.
 */
export function BundleFieldInput({ f, errors, value, onChange }: { f: FormFieldView; errors?: string[]; value?: string; onChange?: (value: string) => void }) {
  const t = useTranslations('itemFields.apply');
  const id = `answers.${f.key}`;
  const controlled = value !== undefined ? { value, onChange: (e: { target: { value: string } }) => onChange?.(e.target.value) } : {};
  const common = { id, errors, required: f.required, ...controlled };
  return (
    <Field id={id} label={f.label} required={f.required} errors={errors} hint={f.memberNames ? f.memberNames.join('、') : undefined}>
      {f.kind === 'textarea' ? (
        <Textarea {...common} hint={f.memberNames} />
      ) : f.kind === 'select' ? (
        <Select {...common}>
          <option value="">{t('choose')}</option>
          {f.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </Select>
      ) : (
        <Input {...common} hint={f.memberNames} type={f.kind === 'date' ? 'date' : 'text'} inputMode={f.kind === 'number' ? 'decimal' : undefined} />
      )}
    </Field>
  );
}
