'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CorrectionAnswerForm, CorrectionReason, type CorrectionItem, type CorrectionNotice } from '@/components/applications/correction-answer-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Field, FieldErrors, Textarea, MaterialFilesInput } from '@/components/ui/field';
import { answerCorrectionAtWindowAction } from './actions';

/** The applicant brought the corrected materials: the clerk scans them or checks the paper, then returns the case to intake. */
export function WindowCorrection(notice: CorrectionNotice) {
  const t = useTranslations('windowCorrection');
  const form = useActionForm(answerCorrectionAtWindowAction);
  return (
    <CorrectionAnswerForm namespace="windowCorrection" form={form} {...notice} Line={ScanOrPaper}>
      <Field id="window-correction-note" label={t('note')}>
        <Textarea id="window-correction-note" name="note" maxLength={500} rows={2} />
      </Field>
    </CorrectionAnswerForm>
  );
}

/** One material brought to the window: scanned now, or checked on paper. */
function ScanOrPaper({ item, index, errors }: { item: CorrectionItem; index: number; errors?: string[] }) {
  const t = useTranslations('windowCorrection');
  const [how, setHow] = useState<'SCANNED' | 'PAPER'>('SCANNED');
  const fileId = `window-fix-${item.materialId}`;
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">
        {index + 1}. {item.name}
      </legend>
      <CorrectionReason item={item} />
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {(['SCANNED', 'PAPER'] as const).map((value) => (
          <label key={value} className="inline-flex min-h-10 items-center gap-2">
            <input type="radio" name={`how:${item.materialId}`} value={value} checked={how === value} onChange={() => setHow(value)} className="h-4 w-4" />
            {t(`how.${value}`)}
          </label>
        ))}
      </div>
      {how === 'SCANNED' ? (
        <div>
          <label htmlFor={fileId} className="block text-xs text-slate-600">
            {t('scanFor', { name: item.name })}
          </label>
          <MaterialFilesInput id={fileId} name={`file:${item.materialId}`} errors={errors} className="mt-1" />
        </div>
      ) : (
        <p className="text-xs text-slate-500">{t('paperHint')}</p>
      )}
      <FieldErrors id={fileId} errors={errors} />
    </fieldset>
  );
}
