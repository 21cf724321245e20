'use client';
import { useTranslations } from 'next-intl';
import { InputField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { AddRowButton, ListSection, RemoveButton, RowCard, type Department, type Errors, type StageRow } from './form-parts';
import type { RowList } from './use-row-list';

type StepRow = { name: string; limitDays: number | null };

export function StepsSection({ list, errors: { e } }: { list: RowList<StepRow>; errors: Errors }) {
  const t = useTranslations('catalogAdmin.form');
  return (
    <ListSection title={t('steps')} spacing="space-y-3">
      {list.rows.map(({ key, row }, i) => (
        <div key={key} className="grid items-end gap-3 sm:grid-cols-[1fr_12rem_auto]" data-error-context={t('row', { n: i + 1 })}>
          <InputField id={`steps.${i}.name`} label={`${t('stepName')} ${i + 1}`} errors={e(`steps.${i}.name`)} required defaultValue={row.name} />
          <InputField
            id={`steps.${i}.limitDays`}
            label={t('limitDays')}
            errors={e(`steps.${i}.limitDays`)}
            inputMode="decimal"
            defaultValue={row.limitDays ?? ''}
          />
          <RemoveButton n={i + 1} onClick={() => list.remove(i)} />
        </div>
      ))}
      <AddRowButton onClick={() => list.add({ name: '', limitDays: null })}>{t('addRow')}</AddRowButton>
    </ListSection>
  );
}

/** 并联审批: each stage is handled by one or more departments at once. */
export function StagesSection({ list, departments, errors: { e } }: { list: RowList<StageRow>; departments: Department[]; errors: Errors }) {
  const t = useTranslations('catalogAdmin.form');
  const departmentOptions = departments.map((dep) => ({ value: dep.code, label: dep.name }));
  return (
    <ListSection title={t('stages')} spacing="space-y-4">
      {list.rows.map(({ key, row }, i) => {
        const p = `stages.${i}`;
        return (
          <RowCard key={key} n={i + 1} onRemove={() => list.remove(i)}>
            <InputField id={`${p}.name`} label={t('stageName')} errors={e(`${p}.name`)} required defaultValue={row.name} />
            <InputField id={`${p}.limitDays`} label={t('limitDays')} errors={e(`${p}.limitDays`)} required inputMode="decimal" defaultValue={row.limitDays} />
            <div className="sm:col-span-2">
              <SelectField
                id={`${p}.departmentCodes`}
                label={t('stageDepartments')}
                errors={e(`${p}.departmentCodes`)}
                required
                multiple
                size={4}
                defaultValue={row.departmentCodes}
                options={departmentOptions}
              />
            </div>
          </RowCard>
        );
      })}
      <AddRowButton onClick={() => list.add({ name: '', limitDays: 1, departmentCodes: [] })}>{t('addRow')}</AddRowButton>
    </ListSection>
  );
}
