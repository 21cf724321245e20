'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, FieldErrors, Textarea, MaterialFilesInput } from '@/components/ui/field';
import { ErrorSummary } from '@/components/forms/error-summary';
import { answerCorrectionAtWindowAction } from './actions';

type Item = { materialId: string; name: string; status: 'MISSING' | 'DEFECTIVE'; reason: string };
type How = 'SCANNED' | 'PAPER';

/** The applicant brought the corrected materials: the clerk scans them or checks the paper, then returns the case to intake. */
export function WindowCorrection({ applicationId, items, note }: { applicationId: string; items: Item[]; note: string | null }) {
  const t = useTranslations();
  const { action, pending, fieldErrors, formRef, summary } = useActionForm(answerCorrectionAtWindowAction);
  const [how, setHow] = useState<Record<string, How>>({});
  return (
    <Card title={t('windowCorrection.title')}>
      <form ref={formRef} action={action} className="space-y-4" noValidate>
        <input type="hidden" name="applicationId" value={applicationId} />
        <p className="text-sm text-slate-700">{t('windowCorrection.intro', { count: items.length })}</p>
        {note && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{note}</p>}
        <ErrorSummary {...summary} />
        <ol className="divide-y divide-slate-100">
          {items.map((item, index) => {
            const chosen = how[item.materialId] ?? 'SCANNED';
            const fileId = `window-fix-${item.materialId}`;
            const errors = fieldErrors[`material.${item.materialId}`];
            return (
              <li key={item.materialId} className="py-3">
                <fieldset className="space-y-2">
                  <legend className="font-medium">
                    {index + 1}. {item.name}
                  </legend>
                  <p className="text-sm text-slate-600">
                    <span className="font-medium text-red-700">{t(`intake.correction.status.${item.status}`)}</span>：{item.reason}
                  </p>
                  <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
                    {(['SCANNED', 'PAPER'] as const).map((value) => (
                      <label key={value} className="inline-flex min-h-10 items-center gap-2">
                        <input
                          type="radio"
                          name={`how:${item.materialId}`}
                          value={value}
                          checked={chosen === value}
                          onChange={() => setHow({ ...how, [item.materialId]: value })}
                          className="h-4 w-4"
                        />
                        {t(`windowCorrection.how.${value}`)}
                      </label>
                    ))}
                  </div>
                  {chosen === 'SCANNED' ? (
                    <div>
                      <label htmlFor={fileId} className="block text-xs text-slate-600">
                        {t('windowCorrection.scanFor', { name: item.name })}
                      </label>
                      <MaterialFilesInput id={fileId} name={`file:${item.materialId}`} errors={errors} className="mt-1" />
                    </div>
                  ) : (
                    <p className="text-xs text-slate-500">{t('windowCorrection.paperHint')}</p>
                  )}
                  <FieldErrors id={fileId} errors={errors} />
                </fieldset>
              </li>
            );
          })}
        </ol>
        <p className="text-xs text-slate-500">{t('apply.fileRules')}</p>
        <Field id="window-correction-note" label={t('windowCorrection.note')}>
          <Textarea id="window-correction-note" name="note" maxLength={500} rows={2} />
        </Field>
        <div className="flex justify-end">
          <SubmitButton pending={pending}>{pending ? t('windowCorrection.submitting') : t('windowCorrection.submit')}</SubmitButton>
        </div>
      </form>
    </Card>
  );
}
