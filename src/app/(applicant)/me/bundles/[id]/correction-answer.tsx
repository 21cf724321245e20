'use client';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, FormAlert, Input } from '@/components/ui/field';
import { answerBundleCorrectionAction } from '../actions';

/** The answer to the bundle's one notice: each flagged material uploaded once, for every member that uses it. */
export function BundleCorrectionAnswer({
  bundleCaseId,
  materials,
}: {
  bundleCaseId: string;
  materials: { key: string; name: string; reason: string; members: string[] }[];
}) {
  const t = useTranslations('bundles');
  const { action, pending, formError, fieldErrors, formRef, summary } = useActionForm(answerBundleCorrectionAction);
  return (
    <form ref={formRef} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="bundleCaseId" value={bundleCaseId} />
      {formError && <FormAlert>{formError}</FormAlert>}
      <ErrorSummary {...summary} />
      {materials.map((m, i) => {
        const id = `correction-file-${i}`;
        const errors = fieldErrors[`material.${m.key}`];
        return (
          <Field key={m.key} id={id} label={m.name} required errors={errors} hint={`${m.reason} · ${t('usedBy', { items: m.members.join('、') })}`}>
            <Input id={id} name={`file:${m.key}`} type="file" multiple accept="application/pdf,image/jpeg,image/png" errors={errors} hint />
          </Field>
        );
      })}
      <SubmitButton pending={pending}>{t('correction.send')}</SubmitButton>
    </form>
  );
}
