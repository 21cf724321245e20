'use client';
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FieldErrors, MaterialFilesInput } from '@/components/ui/field';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import { answerCorrectionAction } from '../../actions';

type Item = { materialId: string; name: string; status: 'MISSING' | 'DEFECTIVE'; reason: string };

/** The one-notice with a replacement upload for every item, answered in one go. */
export function CorrectionAnswer({ applicationId, items, note }: { applicationId: string; items: Item[]; note: string | null }) {
  const t = useTranslations();
  const { action, pending, fieldErrors, formRef, summary } = useActionForm(answerCorrectionAction);
  return (
    <Card title={t('intake.correction.title')}>
      <form ref={formRef} action={action} className="space-y-4" noValidate>
        <input type="hidden" name="applicationId" value={applicationId} />
        <p className="text-sm text-slate-700">{t('intake.correction.intro', { count: items.length })}</p>
        {note && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{note}</p>}
        <ErrorSummary {...summary} />
        <ol className="divide-y divide-slate-100">
          {items.map((item, index) => {
            const id = `fix-${item.materialId}`;
            const errors = fieldErrors[`material.${item.materialId}`];
            return (
              <li key={item.materialId} className="py-3">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0 flex-1">
                    <label htmlFor={id} className="font-medium">
                      {index + 1}. {item.name}
                    </label>
                    <p className="text-sm text-slate-600">
                      <span className="font-medium text-red-700">{t(`intake.correction.status.${item.status}`)}</span>：{item.reason}
                    </p>
                  </div>
                  <MaterialFilesInput id={id} name={`file:${item.materialId}`} errors={errors} />
                </div>
                <FieldErrors id={id} errors={errors} />
              </li>
            );
          })}
        </ol>
        <p className="text-xs text-slate-500">{t('apply.fileRules')}</p>
        <div className="flex justify-end">
          <SubmitButton pending={pending}>{pending ? t('apply.submitting') : t('intake.correction.submit')}</SubmitButton>
        </div>
      </form>
    </Card>
  );
}
