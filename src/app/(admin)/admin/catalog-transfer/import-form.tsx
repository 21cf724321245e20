'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, FormAlert, Input } from '@/components/ui/field';
import type { ImportProblem } from '@/lib/catalog-admin/import-catalog';
import { importCatalogAction } from './actions';

export function ImportForm() {
  const t = useTranslations('catalogAdmin.transferPage');
  const tAll = useTranslations();
  const { state, action, pending, formError, fieldErrors } = useActionForm(importCatalogAction);
  const result = state?.ok ? state.data : null;
  const tf = useTranslations('catalogAdmin.form');
  const message = (key: string) => (tAll.has(`validation.${key}`) ? tAll(`validation.${key}`) : tAll('validation.invalid'));
  // materials.2.form -> 申请材料 · 第 3 行 · 材料形式: the field as the item form labels it.
  const childLabels: Record<string, string> = {
    'materials.name': 'materialName',
    'situations.name': 'situationName',
    'steps.name': 'stepName',
    'stages.name': 'stageName',
    'stages.departmentCodes': 'stageDepartments',
    'materials.situations': 'materialSituations',
  };
  const labelOf = (field: string) => {
    const parts = field.split('.').filter(Boolean);
    if (!parts.length) return '—';
    return parts
      .map((p, i) => {
        if (/^\d+$/.test(p)) return tf('row', { n: Number(p) + 1 });
        const key = (i >= 2 && childLabels[`${parts[i - 2]}.${p}`]) || p;
        return tf.has(key) ? tf(key) : p;
      })
      .join(' · ');
  };
  // members.1.dependsOn -> 成员事项 · 第 2 项 · 依赖: a bundle's field in its own words.
  const bundleLabelOf = (field: string) =>
    field
      .split('.')
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? t('bundleField.row', { n: Number(p) + 1 }) : t.has(`bundleField.${p}`) ? t(`bundleField.${p}`) : p))
      .join(' · ') || '—';
  const expectedText = (p: ImportProblem, expected: string) =>
    p.key === 'bundleLimitAboveMembers' ? t('expectedBundle', { sum: expected }) : t.has(`expected.${expected}`) ? t(`expected.${expected}`) : expected;
  const where = (p: ImportProblem) =>
    [
      p.item !== null && (p.basicCode ? t('problemItem', { item: p.item, code: p.basicCode }) : t('problemItemNoCode', { item: p.item })),
      p.bundle !== undefined && (p.bundleCode ? t('problemBundle', { bundle: p.bundle, code: p.bundleCode }) : t('problemBundleNoCode', { bundle: p.bundle })),
      p.sheet && p.row !== null && t('problemRow', { sheet: p.sheet, row: p.row }),
    ]
      .filter(Boolean)
      .join('，');
  return (
    <form action={action} className="space-y-3" noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      {result && result.problems.length === 0 && (
        <FormAlert tone="success">
          {result.bundlesCreated + result.bundlesUpdated > 0
            ? t('doneBundles', {
                created: result.created,
                updated: result.updated,
                bundlesCreated: result.bundlesCreated,
                bundlesUpdated: result.bundlesUpdated,
              })
            : t('done', { created: result.created, updated: result.updated })}
        </FormAlert>
      )}
      {result && result.problems.length > 0 && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <p className="font-medium">{t('problems', { count: result.problems.length })}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {result.problems.map((p, i) => (
              <li key={i}>
                {t('problemAt', {
                  where: where(p) || t('wholeFile'),
                  field: p.bundle !== undefined ? bundleLabelOf(p.field) : labelOf(p.field),
                  message: message(p.key),
                })}
                {p.value !== null && ` ${t('problemFound', { value: p.value })}`}
                {p.expected !== null && ` ${t('problemExpected', { expected: expectedText(p, p.expected) })}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field id="file" label={t('file')} errors={fieldErrors.file} required>
        <Input id="file" type="file" accept=".json,.xlsx,application/json" errors={fieldErrors.file} />
      </Field>
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
