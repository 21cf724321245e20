'use client';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { Field, Input, Options, Select, Textarea } from '@/components/ui/field';

/** One field the item asks for, as the catalog defines it (formFieldSchema). */
export type ItemField = { key: string; label: string; kind: string; required: boolean; options: string[]; maxLength: number | null };

const PREFIX = 'answers.';
const DEFAULT_MAX: Record<string, number> = { text: 200, textarea: 2000 };

/**
 * The answers typed into the fields below, as the one JSON value the intake
 * schemas read (`answers`): autosave, upload and submit send it alike.
 */
export function answersJson(form: FormData): string {
  const answers: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (name.startsWith(PREFIX) && typeof value === 'string') answers[name.slice(PREFIX.length)] = value;
  return JSON.stringify(answers);
}

/** The fields of the item version the applicant applies under (场所名称, 营业面积 …), with their errors at their place. */
export function ItemFields({
  fields,
  defaults,
  fieldErrors,
}: {
  fields: ItemField[];
  defaults: Record<string, string>;
  fieldErrors: Record<string, string[]>;
}) {
  const t = useTranslations('itemFields.apply');
  if (fields.length === 0) return null;
  return (
    <Card title={t('title')}>
      <p className="mb-4 text-sm text-slate-600">{t('hint')}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((f) => {
          const id = `${PREFIX}${f.key}`;
          const errors = fieldErrors[id];
          const common = { id, errors, defaultValue: defaults[f.key] ?? '', required: f.required };
          const wide = f.kind === 'textarea';
          return (
            <div key={f.key} className={wide ? 'sm:col-span-2' : undefined}>
              <Field id={id} label={f.label} required={f.required} errors={errors}>
                {f.kind === 'textarea' ? (
                  <Textarea {...common} maxLength={f.maxLength ?? DEFAULT_MAX.textarea} />
                ) : f.kind === 'select' ? (
                  <Select {...common}>
                    <option value="">{t('choose')}</option>
                    <Options items={f.options.map((o) => ({ value: o, label: o }))} />
                  </Select>
                ) : f.kind === 'date' ? (
                  <Input {...common} type="date" />
                ) : f.kind === 'number' ? (
                  <Input {...common} inputMode="decimal" />
                ) : (
                  <Input {...common} maxLength={f.maxLength ?? DEFAULT_MAX.text} />
                )}
              </Field>
            </div>
          );
        })}
      </div>
    </Card>
  );
}
