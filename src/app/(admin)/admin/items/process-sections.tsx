'use client';
import { useTranslations } from 'next-intl';
import { Field, Input, Select } from '@/components/ui/field';
import { AddRowButton, ListSection, RemoveButton, RowHeader, type Department, type Errors, type StageRow } from './form-parts';
import type { RowList } from './use-row-list';

type StepRow = { name: string; limitDays: number | null };

export function StepsSection({ list, errors: { e } }: { list: RowList<StepRow>; errors: Errors }) {
  const t = useTranslations('catalogAdmin.form');
  return (
    <ListSection title={t('steps')} spacing="space-y-3">
      {list.rows.map(({ key, row }, i) => (
        <div key={key} className="grid items-end gap-3 sm:grid-cols-[1fr_12rem_auto]" data-error-context={t('row', { n: i + 1 })}>
          <Field id={`steps.${i}.name`} label={`${t('stepName')} ${i + 1}`} errors={e(`steps.${i}.name`)} required>
            <Input id={`steps.${i}.name`} defaultValue={row.name} errors={e(`steps.${i}.name`)} />
          </Field>
          <Field id={`steps.${i}.limitDays`} label={t('limitDays')} errors={e(`steps.${i}.limitDays`)}>
            <Input id={`steps.${i}.limitDays`} inputMode="decimal" defaultValue={row.limitDays ?? ''} errors={e(`steps.${i}.limitDays`)} />
          </Field>
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
  return (
    <ListSection title={t('stages')} spacing="space-y-4">
      {list.rows.map(({ key, row }, i) => {
        const p = `stages.${i}`;
        return (
          <div key={key} className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2" data-error-context={t('row', { n: i + 1 })}>
            <RowHeader n={i + 1} onRemove={() => list.remove(i)} />
            <Field id={`${p}.name`} label={t('stageName')} errors={e(`${p}.name`)} required>
              <Input id={`${p}.name`} defaultValue={row.name} errors={e(`${p}.name`)} />
            </Field>
            <Field id={`${p}.limitDays`} label={t('limitDays')} errors={e(`${p}.limitDays`)} required>
              <Input id={`${p}.limitDays`} inputMode="decimal" defaultValue={row.limitDays} errors={e(`${p}.limitDays`)} />
            </Field>
            <div className="sm:col-span-2">
              <Field id={`${p}.departmentCodes`} label={t('stageDepartments')} errors={e(`${p}.departmentCodes`)} required>
                <Select id={`${p}.departmentCodes`} multiple size={4} defaultValue={row.departmentCodes} errors={e(`${p}.departmentCodes`)}>
                  {departments.map((dep) => (
                    <option key={dep.code} value={dep.code}>
                      {dep.name}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          </div>
        );
      })}
      <AddRowButton onClick={() => list.add({ name: '', limitDays: 1, departmentCodes: [] })}>{t('addRow')}</AddRowButton>
    </ListSection>
  );
}
