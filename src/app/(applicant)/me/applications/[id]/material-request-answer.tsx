'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, FieldErrors, FormAlert, Textarea } from '@/components/ui/field';
import { answerMaterialRequestAction } from './material-request-actions';

type Request = { id: string; reason: string; startedAt: Date; expectedEndAt: Date | null; department: string | null };

/** The department's request for more material during review, answered with files and a note; the clock restarts on the answer. */
export function MaterialRequestAnswer({ applicationId, request }: { applicationId: string; request: Request }) {
  const t = useTranslations();
  const format = useFormatter();
  const { action, pending, formError, fieldErrors } = useActionForm(answerMaterialRequestAction);
  return (
    <Card title={t('materialRequest.title')}>
      <form action={action} className="space-y-4" noValidate>
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="suspensionId" value={request.id} />
        <div className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p className="font-medium">
            {t('materialRequest.from', {
              department: request.department ?? '—',
              at: format.dateTime(request.startedAt, { dateStyle: 'medium', timeStyle: 'short' }),
            })}
          </p>
          <p className="mt-1 whitespace-pre-wrap">{request.reason}</p>
          {request.expectedEndAt && (
            <p className="mt-1 text-xs">{t('materialRequest.expectedBy', { at: format.dateTime(request.expectedEndAt, { dateStyle: 'medium' }) })}</p>
          )}
        </div>
        <p className="text-sm text-slate-700">{t('materialRequest.intro')}</p>
        {formError && <FormAlert>{formError}</FormAlert>}
        <div className="space-y-1">
          <label htmlFor="material-request-files" className="block text-sm font-medium text-slate-800">
            {t('materialRequest.files')}
            <span className="ml-0.5 text-seal-600" aria-hidden="true">
              *
            </span>
          </label>
          <input
            id="material-request-files"
            name="files"
            type="file"
            multiple
            required
            accept="application/pdf,image/jpeg,image/png"
            aria-invalid={fieldErrors.files ? true : undefined}
            aria-describedby={fieldErrors.files ? 'material-request-files-error material-request-files-hint' : 'material-request-files-hint'}
            className="block max-w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-700"
          />
          <p id="material-request-files-hint" className="text-xs text-slate-500">
            {t('apply.fileRules')}
          </p>
          <FieldErrors id="material-request-files" errors={fieldErrors.files} />
        </div>
        <Field id="material-request-note" label={t('materialRequest.note')} errors={fieldErrors.note}>
          <Textarea id="material-request-note" name="note" maxLength={2000} errors={fieldErrors.note} />
        </Field>
        <div className="flex justify-end">
          <SubmitButton pending={pending}>{pending ? t('apply.submitting') : t('materialRequest.submit')}</SubmitButton>
        </div>
      </form>
    </Card>
  );
}
