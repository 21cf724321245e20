'use client';
import { useTranslations } from 'next-intl';
import { ActionForm, FormInput, FormSelect, FormTextarea } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { DecisionButtons } from '@/components/forms/decision-buttons';
import { SubmitButton } from '@/components/ui/button';
import { Options } from '@/components/ui/field';
import { SUSPENSION_KINDS } from '@/lib/enums';
import { decideExtensionAction, endSuspensionAction, requestExtensionAction, startSuspensionAction } from '../../actions';

export function SuspendForm({ taskId }: { taskId: string }) {
  const t = useTranslations('clockStop');
  const form = useActionForm(startSuspensionAction);
  return (
    <ActionForm form={form} hiddenFields={{ taskId }} className="space-y-3">
      <FormSelect name="kind" label={t('kind')} defaultValue="AWAITING_APPLICANT">
        <Options items={SUSPENSION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      </FormSelect>
      <FormTextarea name="reason" label={t('reason')} required rows={2} maxLength={2000} />
      <FormInput name="expectedEndAt" label={t('expectedEnd')} hint={t('expectedEndHint')} type="date" />
      <SubmitButton pending={form.pending} variant="secondary">
        {t('start')}
      </SubmitButton>
    </ActionForm>
  );
}

export function ResumeForm({ taskId, suspensionId }: { taskId: string; suspensionId: string }) {
  const t = useTranslations('clockStop');
  const form = useActionForm(endSuspensionAction);
  return (
    <ActionForm form={form} hiddenFields={{ taskId, suspensionId }} className="space-y-3">
      <FormInput name="note" id={`note-${suspensionId}`} label={t('endNote')} maxLength={1000} />
      <SubmitButton pending={form.pending}>{t('end')}</SubmitButton>
    </ActionForm>
  );
}

export function ExtensionRequestForm({ taskId, max }: { taskId: string; max: number }) {
  const t = useTranslations('clockStop');
  const form = useActionForm(requestExtensionAction);
  return (
    <ActionForm form={form} hiddenFields={{ taskId }} className="space-y-3">
      <FormInput name="days" label={t('days')} hint={t('daysHint', { max })} required type="number" min={0.5} max={max} step={0.5} />
      <FormTextarea name="reason" id="extReason" label={t('reason')} required rows={2} maxLength={2000} />
      <SubmitButton pending={form.pending} variant="secondary">
        {t('requestExtension')}
      </SubmitButton>
    </ActionForm>
  );
}

export function ExtensionDecisionForm({ taskId, extensionId }: { taskId: string; extensionId: string }) {
  const t = useTranslations('clockStop');
  const form = useActionForm(decideExtensionAction);
  return (
    <ActionForm form={form} hiddenFields={{ taskId, extensionId }} className="space-y-3">
      <FormInput name="note" id={`extnote-${extensionId}`} label={t('decisionNote')} maxLength={1000} />
      <DecisionButtons
        name="outcome"
        pending={form.pending}
        choices={[
          { value: 'APPROVED', label: t('approveExtension') },
          { value: 'REFUSED', label: t('refuseExtension'), variant: 'danger' },
        ]}
      />
    </ActionForm>
  );
}
