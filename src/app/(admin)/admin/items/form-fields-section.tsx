'use client';
import { useTranslations } from 'next-intl';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { AddRowButton, Check, listErrors, ListSection, RowHeader, type Errors, type FormFieldRow } from './form-parts';
import type { RowList } from './use-row-list';

const FIELD_KINDS = ['text', 'number', 'date', 'select', 'textarea'];

/** What the item asks the applicant besides materials. */
export function FormFieldsSection({ list, errors }: { list: RowList<FormFieldRow>; errors: Errors }) {
  const tf = useTranslations('itemFields');
  const t = useTranslations('catalogAdmin.form');
  const { e } = errors;
  return (
    <ListSection title={tf('admin.title')} hint={tf('admin.hint')} spacing="space-y-4">
      {list.rows.map(({ key, row }, i) => {
        const p = `formFields.${i}`;
        // Options only mean something for a drop-down, a length only for free text.
        const setKind = (kind: string) => list.update(i, (r) => ({ ...r, kind }));
        return (
          <div key={key} className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2" data-error-context={t('row', { n: i + 1 })}>
            <RowHeader n={i + 1} onRemove={() => list.remove(i)} />
            <Field id={`${p}.label`} label={tf('admin.label')} errors={e(`${p}.label`)} required>
              <Input id={`${p}.label`} defaultValue={row.label} errors={e(`${p}.label`)} />
            </Field>
            <Field id={`${p}.key`} label={tf('admin.key')} hint={tf('admin.keyHint')} errors={e(`${p}.key`)} required>
              <Input id={`${p}.key`} defaultValue={row.key} errors={e(`${p}.key`)} hint={tf('admin.keyHint')} autoCapitalize="off" spellCheck={false} />
            </Field>
            <Field id={`${p}.kind`} label={tf('admin.kind')} errors={e(`${p}.kind`)} required>
              <Select id={`${p}.kind`} defaultValue={row.kind} errors={e(`${p}.kind`)} onChange={(ev) => setKind(ev.target.value)}>
                {FIELD_KINDS.map((v) => (
                  <option key={v} value={v}>
                    {tf(`kind.${v}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Check id={`${p}.required`} label={tf('admin.required')} defaultChecked={row.required} />
            {row.kind === 'select' && (
              <div className="sm:col-span-2">
                <Field id={`${p}.options`} label={tf('admin.options')} hint={tf('admin.optionsHint')} errors={listErrors(errors, `${p}.options`)} required>
                  <Textarea id={`${p}.options`} defaultValue={row.options.join('\n')} errors={e(`${p}.options`)} hint={tf('admin.optionsHint')} />
                </Field>
              </div>
            )}
            {(row.kind === 'text' || row.kind === 'textarea') && (
              <Field id={`${p}.maxLength`} label={tf('admin.maxLength')} hint={tf('admin.maxLengthHint')} errors={e(`${p}.maxLength`)}>
                <Input
                  id={`${p}.maxLength`}
                  inputMode="numeric"
                  defaultValue={row.maxLength ?? ''}
                  errors={e(`${p}.maxLength`)}
                  hint={tf('admin.maxLengthHint')}
                />
              </Field>
            )}
          </div>
        );
      })}
      <AddRowButton onClick={() => list.add({ key: '', label: '', kind: 'text', required: true, options: [], maxLength: null })}>
        {tf('admin.add')}
      </AddRowButton>
    </ListSection>
  );
}
