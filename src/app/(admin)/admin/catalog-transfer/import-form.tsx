'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Field, FormAlert, Input } from '@/components/ui/field';
import { importCatalogAction } from './actions';

export function ImportForm() {
  const t = useTranslations('catalogAdmin.transferPage');
  const tAll = useTranslations();
  const { state, action, pending, formError, fieldErrors } = useActionForm(importCatalogAction);
  const result = state?.ok ? state.data : null;
  const message = (key: string) => (tAll.has(`validation.${key}`) ? tAll(`validation.${key}`) : tAll('validation.invalid'));
  return (
    <form action={action} className="space-y-3">
      {formError && <FormAlert>{formError}</FormAlert>}
      {result && result.problems.length === 0 && <FormAlert tone="success">{t('done', { created: result.created, updated: result.updated })}</FormAlert>}
      {result && result.problems.length > 0 && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <p className="font-medium">{t('problems', { count: result.problems.length })}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {result.problems.map((p, i) => (
              <li key={i}>{t('problemAt', { sheet: p.sheet ?? t('item', { row: p.row }), row: p.row, field: p.field || '—', message: message(p.key) })}</li>
            ))}
          </ul>
        </div>
      )}
      <Field id="file" label={t('file')} errors={fieldErrors.file} required>
        <Input id="file" type="file" accept=".json,.xlsx,application/json" errors={fieldErrors.file} />
      </Field>
      <Button type="submit" disabled={pending}>{t('submit')}</Button>
    </form>
  );
}
