'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, FormAlert, Input, Select, Textarea, TextareaField } from '@/components/ui/field';
import { acceptAction, rejectAction, requestCorrectionAction } from '../../actions';

type Material = { id: string; name: string; status: string };
type Mode = 'accept' | 'correct' | 'reject';

/** The clerk's three answers to a submitted application (行政许可法 第三十二条). */
export function IntakeDecision({ applicationId, materials }: { applicationId: string; materials: Material[] }) {
  const t = useTranslations('desk');
  const [mode, setMode] = useState<Mode>('accept');
  return (
    <Card title={t('decisionTitle')}>
      <div role="tablist" aria-label={t('decisionTitle')} className="mb-4 flex flex-wrap gap-2">
        {(['accept', 'correct', 'reject'] as const).map((m) => (
          <button
            key={m}
            role="tab"
            type="button"
            aria-selected={mode === m}
            onClick={() => setMode(m)}
            className={`rounded-md px-3 py-2 text-sm font-medium ${mode === m ? 'bg-brand-600 text-white' : 'bg-slate-100 text-slate-700 hover:bg-slate-200'}`}
          >
            {t(`mode.${m}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {mode === 'accept' && <AcceptForm applicationId={applicationId} />}
        {mode === 'correct' && <CorrectionForm applicationId={applicationId} materials={materials} />}
        {mode === 'reject' && <RejectForm applicationId={applicationId} />}
      </div>
    </Card>
  );
}

function AcceptForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations('desk');
  const { action, pending, formError } = useActionForm(acceptAction);
  return (
    <form action={action} className="space-y-3" noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="applicationId" value={applicationId} />
      <p className="text-sm text-slate-600">{t('acceptHint')}</p>
      <SubmitButton pending={pending}>{t('accept')}</SubmitButton>
    </form>
  );
}

function CorrectionForm({ applicationId, materials }: { applicationId: string; materials: Material[] }) {
  const t = useTranslations();
  const { action, pending, formError, fieldErrors } = useActionForm(requestCorrectionAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="applicationId" value={applicationId} />
      <p className="text-sm text-slate-600">{t('desk.correctionHint')}</p>
      <ul className="space-y-3">
        {materials.map((m, i) => (
          <li key={m.id} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_9rem_1.5fr]">
            <span className="text-sm font-medium">{m.name}</span>
            <Select id={`verdict-${m.id}`} name={`verdict:${m.id}`} aria-label={t('desk.verdictFor', { name: m.name })} defaultValue="">
              <option value="">{t('desk.verdict.OK')}</option>
              <option value="MISSING">{t('desk.verdict.MISSING')}</option>
              <option value="DEFECTIVE">{t('desk.verdict.DEFECTIVE')}</option>
            </Select>
            <Input
              id={`reason-${m.id}`}
              name={`reason:${m.id}`}
              aria-label={t('desk.reasonFor', { name: m.name })}
              placeholder={t('desk.reasonPlaceholder')}
              errors={fieldErrors[`items.${i}.reason`]}
            />
          </li>
        ))}
      </ul>
      {fieldErrors.items && <FormAlert>{fieldErrors.items.join('；')}</FormAlert>}
      <TextareaField id="note" label={t('desk.correctionNote')} maxLength={500} />
      <SubmitButton pending={pending} variant="secondary">
        {t('desk.sendCorrection')}
      </SubmitButton>
    </form>
  );
}

function RejectForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations('desk');
  const { action, pending, formError, fieldErrors } = useActionForm(rejectAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="applicationId" value={applicationId} />
      <Field id="reason" label={t('rejectReason')} required errors={fieldErrors.reason}>
        <Textarea id="reason" errors={fieldErrors.reason} maxLength={1000} />
      </Field>
      <Field id="legalBasis" label={t('legalBasis')} required errors={fieldErrors.legalBasis}>
        <Input id="legalBasis" errors={fieldErrors.legalBasis} defaultValue="《中华人民共和国行政许可法》第三十二条" maxLength={500} />
      </Field>
      <SubmitButton pending={pending} variant="danger">
        {t('reject')}
      </SubmitButton>
    </form>
  );
}
