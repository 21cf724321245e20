'use client';
import { useTranslations } from 'next-intl';
import { useState, type ChangeEvent } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, FieldErrors, Input, Select } from '@/components/ui/field';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import { registerWalkInAction } from '../actions';

type Material = { id: string; name: string; certificateType: string | null };

export function WalkInForm(props: { versionId: string; submitKey: string; situationIds: string[]; materials: Material[] }) {
  const t = useTranslations();
  const { submit, pending, fieldErrors, formRef, summary } = useActionForm(registerWalkInAction);
  const [statuses, setStatuses] = useState<Record<string, string>>({});
  // Controlled, so what the clerk typed survives a remount; the form is sent without React's reset (`submit`), so the scans chosen stay too.
  const [person, setPerson] = useState({ idNumber: '', name: '', phone: '' });
  const bind = (field: keyof typeof person) => ({
    value: person[field],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setPerson({ ...person, [field]: e.target.value }),
  });

  return (
    <form ref={formRef} onSubmit={submit} className="space-y-6" noValidate>
      <input type="hidden" name="versionId" value={props.versionId} />
      <input type="hidden" name="submitKey" value={props.submitKey} />
      {props.situationIds.map((id) => (
        <input key={id} type="hidden" name="situationIds" value={id} />
      ))}
      <ErrorSummary {...summary} />
      <Card title={t('intake.walkIn.applicant')}>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="idNumber" label={t('intake.walkIn.idNumber')} required errors={fieldErrors.idNumber}>
            <Input id="idNumber" {...bind('idNumber')} errors={fieldErrors.idNumber} required maxLength={18} autoComplete="off" />
          </Field>
          <Field id="name" label={t('intake.walkIn.name')} required errors={fieldErrors.name}>
            <Input id="name" {...bind('name')} errors={fieldErrors.name} required maxLength={50} autoComplete="off" />
          </Field>
          <Field id="phone" label={t('intake.walkIn.phone')} required errors={fieldErrors.phone}>
            <Input id="phone" {...bind('phone')} errors={fieldErrors.phone} required inputMode="tel" autoComplete="off" />
          </Field>
        </div>
        <p className="mt-3 text-xs text-slate-500">{t('intake.walkIn.applicantHint')}</p>
      </Card>
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
                  <input
                    id={`file-${m.id}`}
                    name={`file:${m.id}`}
                    type="file"
                    multiple
                    accept="application/pdf,image/jpeg,image/png"
                    className="max-w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-700"
                  />
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
