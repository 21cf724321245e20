'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FieldErrors, Input, MaterialFilesInput, Select } from '@/components/ui/field';
import { WalkInApplicant } from './walk-in-applicant';
import { ErrorSummary } from '@/components/forms/error-summary';
import { HiddenFields } from '@/components/forms/hidden-fields';
import { useActionForm } from '@/components/forms/use-action-form';
import { registerWalkInAction } from '../actions';

type Material = { id: string; name: string; certificateType: string | null };

export function WalkInForm(props: { versionId: string; submitKey: string; situationIds: string[]; materials: Material[] }) {
  const t = useTranslations();
  const { submit, pending, fieldErrors, formRef, summary } = useActionForm(registerWalkInAction);
  const [statuses, setStatuses] = useState<Record<string, string>>({});
  // Sent without React's reset (`submit`), so what the clerk typed and the scans chosen stay after a refusal.

  return (
    <form ref={formRef} onSubmit={submit} className="space-y-6" noValidate>
      <HiddenFields values={{ versionId: props.versionId, submitKey: props.submitKey, situationIds: props.situationIds }} />
      <ErrorSummary {...summary} />
      <WalkInApplicant namespace="intake.walkIn" fieldErrors={fieldErrors} />
      <Card title={t('intake.walkIn.materials')}>
        <p className="mb-3 text-sm text-slate-600">{t('apply.fileRules')}</p>
        <ul className="divide-y divide-slate-100">
          {props.materials.map((m) => {
            const errors = fieldErrors[`material.${m.id}`];
            const status = statuses[m.id] ?? 'PRESENT';
            return (
              <li key={m.id} className="grid gap-3 py-3 md:grid-cols-[1fr_10rem_1fr]">
                <div>
                  <p className="font-medium">{m.name}</p>
                  {m.certificateType && <p className="text-xs text-emerald-700">{t('intake.walkIn.certificateHint', { type: m.certificateType })}</p>}
                  <label htmlFor={`file-${m.id}`} className="mt-2 block text-xs text-slate-600">
                    {t('intake.walkIn.scanFor', { name: m.name })}
                  </label>
                  <MaterialFilesInput id={`file-${m.id}`} name={`file:${m.id}`} errors={errors} />
                  <FieldErrors id={`file-${m.id}`} errors={errors} />
                </div>
                <Select
                  id={`status-${m.id}`}
                  name={`status:${m.id}`}
                  aria-label={t('intake.walkIn.statusFor', { name: m.name })}
                  value={status}
                  onChange={(e) => setStatuses({ ...statuses, [m.id]: e.target.value })}
                >
                  <option value="PRESENT">{t('intake.walkIn.status.PRESENT')}</option>
                  <option value="MISSING">{t('intake.walkIn.status.MISSING')}</option>
                  <option value="DEFECTIVE">{t('intake.walkIn.status.DEFECTIVE')}</option>
                </Select>
                <Input
                  id={`reason-${m.id}`}
                  name={`reason:${m.id}`}
                  aria-label={t('intake.walkIn.reasonFor', { name: m.name })}
                  placeholder={t('desk.reasonPlaceholder')}
                  disabled={status === 'PRESENT'}
                  maxLength={200}
                />
              </li>
            );
          })}
        </ul>
      </Card>
      <div className="flex justify-end">
        <SubmitButton pending={pending}>{pending ? t('apply.submitting') : t('intake.walkIn.submit')}</SubmitButton>
      </div>
    </form>
  );
}
