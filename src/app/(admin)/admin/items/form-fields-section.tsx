'use client';
import { useTranslations } from 'next-intl';
import { Field, InputField, Textarea } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { AddRowButton, Check, listErrors, ListSection, RowCard, type Errors, type FormFieldRow } from './form-parts';
import type { RowList } from './use-row-list';

const FIELD_KINDS = ['text', 'number', 'date', 'select', 'textarea'];

/** What the item asks the applicant besides materials. */
export function FormFieldsSection({ list, errors }: { list: RowList<FormFieldRow>; errors: Errors }) {
  const tf = useTranslations('itemFields');
  const { e } = errors;
  const kinds = FIELD_KINDS.map((v) => ({ value: v, label: tf(`kind.${v}`) }));
  return (
    <ListSection title={tf('admin.title')} hint={tf('admin.hint')} spacing="space-y-4">
      {list.rows.map(({ key, row }, i) => {
        const p = `formFields.${i}`;
        // Options only mean something for a drop-down, a length only for free text.
        const setKind = (kind: string) => list.update(i, (r) => ({ ...r, kind }));
        return (
          <RowCard key={key} n={i + 1} onRemove={() => list.remove(i)}>
            <InputField id={`${p}.label`} label={tf('admin.label')} errors={e(`${p}.label`)} required defaultValue={row.label} />
            <InputField
              id={`${p}.key`}
              label={tf('admin.key')}
              hint={tf('admin.keyHint')}
              errors={e(`${p}.key`)}
              required
              defaultValue={row.key}
              autoCapitalize="off"
              spellCheck={false}
            />
            <SelectField
              id={`${p}.kind`}
              label={tf('admin.kind')}
              errors={e(`${p}.kind`)}
              required
              defaultValue={row.kind}
              onChange={(ev) => setKind(ev.target.value)}
              options={kinds}
            />
            <Check id={`${p}.required`} label={tf('admin.required')} defaultChecked={row.required} />
            {row.kind === 'select' && (
              <div className="sm:col-span-2">
                <Field id={`${p}.options`} label={tf('admin.options')} hint={tf('admin.optionsHint')} errors={listErrors(errors, `${p}.options`)} required>
                  <Textarea id={`${p}.options`} defaultValue={row.options.join('\n')} errors={e(`${p}.options`)} hint={tf('admin.optionsHint')} />
                </Field>
              </div>
            )}
            {(row.kind === 'text' || row.kind === 'textarea') && (
              <InputField
                id={`${p}.maxLength`}
                label={tf('admin.maxLength')}
                hint={tf('admin.maxLengthHint')}
                errors={e(`${p}.maxLength`)}
                inputMode="numeric"
                defaultValue={row.maxLength ?? ''}
              />
            )}
          </RowCard>
        );
      })}
      <AddRowButton onClick={() => list.add({ key: '', label: '', kind: 'text', required: true, options: [], maxLength: null })}>
        {tf('admin.add')}
      </AddRowButton>
    </ListSection>
  );
}
