'use client';
import { useTranslations } from 'next-intl';
import { FieldErrors, InputField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { MATERIAL_FORMS } from '@/lib/enums';
import { AddRowButton, Check, ListSection, RemoveButton, RowCard, type Errors, type MaterialRow } from './form-parts';
import type { RowList } from './use-row-list';

const NEW_MATERIAL: MaterialRow = {
  name: '',
  form: 'ORIGINAL',
  copies: 1,
  required: true,
  situations: [],
  certificateType: null,
  note: null,
};

/** The situations are typed in here and offered as checkboxes on every material, so their names are kept in state as typed. */
export function SituationsSection({ list, errors: { e } }: { list: RowList<{ name: string }>; errors: Errors }) {
  const t = useTranslations('catalogAdmin.form');
  return (
    <ListSection title={t('situations')} spacing="space-y-3">
      {list.rows.map(({ key, row }, i) => (
        <div key={key} className="flex items-end gap-2">
          <div className="flex-1">
            <InputField
              id={`situations.${i}.name`}
              label={`${t('situationName')} ${i + 1}`}
              errors={e(`situations.${i}.name`)}
              required
              defaultValue={row.name}
              onChange={(ev) => list.update(i, () => ({ name: ev.target.value }))}
            />
          </div>
          <RemoveButton n={i + 1} onClick={() => list.remove(i)} />
        </div>
      ))}
      <AddRowButton onClick={() => list.add({ name: '' })}>{t('addRow')}</AddRowButton>
    </ListSection>
  );
}

export function MaterialsSection({ list, situationNames, errors }: { list: RowList<MaterialRow>; situationNames: string[]; errors: Errors }) {
  const t = useTranslations('catalogAdmin.form');
  return (
    <ListSection title={t('materials')} spacing="space-y-4">
      {list.rows.map(({ key, row }, i) => (
        <MaterialFields key={key} p={`materials.${i}`} n={i + 1} row={row} situationNames={situationNames} errors={errors} onRemove={() => list.remove(i)} />
      ))}
      <AddRowButton onClick={() => list.add(NEW_MATERIAL)}>{t('addRow')}</AddRowButton>
    </ListSection>
  );
}

function MaterialFields({
  p,
  n,
  row,
  situationNames,
  errors: { e },
  onRemove,
}: {
  p: string;
  n: number;
  row: MaterialRow;
  situationNames: string[];
  errors: Errors;
  onRemove: () => void;
}) {
  const t = useTranslations('catalogAdmin.form');
  const tc = useTranslations();
  const forms = MATERIAL_FORMS.map((v) => ({ value: v, label: tc(`materialForm.${v}`) }));
  return (
    <RowCard n={n} onRemove={onRemove}>
      <InputField id={`${p}.name`} label={t('materialName')} errors={e(`${p}.name`)} required defaultValue={row.name} />
      <div className="grid grid-cols-2 gap-3">
        <SelectField id={`${p}.form`} label={t('form')} errors={e(`${p}.form`)} defaultValue={row.form} options={forms} />
        <InputField id={`${p}.copies`} label={t('copies')} errors={e(`${p}.copies`)} inputMode="numeric" defaultValue={row.copies} />
      </div>
      <InputField id={`${p}.certificateType`} label={t('certificateType')} errors={e(`${p}.certificateType`)} defaultValue={row.certificateType ?? ''} />
      <InputField id={`${p}.note`} label={t('note')} errors={e(`${p}.note`)} defaultValue={row.note ?? ''} />
      <Check id={`${p}.required`} label={t('required')} defaultChecked={row.required} />
      {situationNames.length > 0 && (
        <fieldset aria-describedby={e(`${p}.situations`) ? `${p}.situations-error` : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t('materialSituations')}</legend>
          <div className="flex flex-wrap gap-x-4">
            {situationNames.map((s, k) => (
              <label key={s} htmlFor={`${p}.situations.${k}`} className="flex min-h-10 items-center gap-2 text-sm">
                <input
                  id={`${p}.situations.${k}`}
                  type="checkbox"
                  name={`${p}.situations`}
                  value={s}
                  defaultChecked={row.situations.includes(s)}
                  className="size-4"
                />
                {s}
              </label>
            ))}
          </div>
          <FieldErrors id={`${p}.situations`} errors={e(`${p}.situations`)} />
        </fieldset>
      )}
    </RowCard>
  );
}
