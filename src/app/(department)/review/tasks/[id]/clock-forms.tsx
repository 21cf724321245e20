'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { DecisionButtons } from '@/components/forms/decision-buttons';
import { SubmitButton } from '@/components/ui/button';
import { Field, FormAlert, Input, Options, Select, TextareaField, InputField } from '@/components/ui/field';
import { SUSPENSION_KINDS } from '@/lib/enums';
import { decideExtensionAction, endSuspensionAction, requestExtensionAction, startSuspensionAction } from '../../actions';

export function SuspendForm({ taskId }: { taskId: string }) {
  const t = useTranslations('clockStop');
  const { action, pending, formError, fieldErrors } = useActionForm(startSuspensionAction);
  return (
    <form action={action} className="space-y-3">
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="taskId" value={taskId} />
      <Field id="kind" label={t('kind')} errors={fieldErrors.kind}>
        <Select id="kind" errors={fieldErrors.kind} defaultValue="AWAITING_APPLICANT">
          <Options items={SUSPENSION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
        </Select>
      </Field>
      <TextareaField id="reason" label={t('reason')} errors={fieldErrors.reason} required rows={2} maxLength={2000} />
      <InputField id="expectedEndAt" label={t('expectedEnd')} hint={t('expectedEndHint')} errors={fieldErrors.expectedEndAt} type="date" />
      <SubmitButton pending={pending} variant="secondary">
        {t('start')}
      </SubmitButton>
    </form>
  );
}

export function ResumeForm({ taskId, suspensionId }: { taskId: string; suspensionId: string }) {
  const t = useTranslations('clockStop');
  const { action, pending, formError, fieldErrors } = useActionForm(endSuspensionAction);
  const id = `note-${suspensionId}`;
  return (
    <form action={action} className="space-y-3">
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="suspensionId" value={suspensionId} />
      <Field id={id} label={t('endNote')} errors={fieldErrors.note}>
        <Input id={id} name="note" errors={fieldErrors.note} maxLength={1000} />
      </Field>
      <SubmitButton pending={pending}>{t('end')}</SubmitButton>
    </form>
  );
}

export function ExtensionRequestForm({ taskId, max }: { taskId: string; max: number }) {
  const t = useTranslations('clockStop');
  const { action, pending, formError, fieldErrors } = useActionForm(requestExtensionAction);
  return (
    <form action={action} className="space-y-3">
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="taskId" value={taskId} />
      <InputField id="days" label={t('days')} hint={t('daysHint', { max })} errors={fieldErrors.days} required type="number" min={0.5} max={max} step={0.5} />
      <TextareaField id="extReason" label={t('reason')} errors={fieldErrors.reason} required name="reason" rows={2} maxLength={2000} />
      <SubmitButton pending={pending} variant="secondary">
        {t('requestExtension')}
      </SubmitButton>
    </form>
  );
}

export function ExtensionDecisionForm({ taskId, extensionId }: { taskId: string; extensionId: string }) {
  const t = useTranslations('clockStop');
  const { action, pending, formError, fieldErrors } = useActionForm(decideExtensionAction);
  const id = `extnote-${extensionId}`;
  return (
    <form action={action} className="space-y-3">
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="extensionId" value={extensionId} />
      <Field id={id} label={t('decisionNote')} errors={fieldErrors.note}>
        <Input id={id} name="note" errors={fieldErrors.note} maxLength={1000} />
      </Field>
      <DecisionButtons
        name="outcome"
        pending={pending}
        choices={[
          { value: 'APPROVED', label: t('approveExtension') },
          { value: 'REFUSED', label: t('refuseExtension'), variant: 'danger' },
        ]}
      />
    </form>
  );
}
