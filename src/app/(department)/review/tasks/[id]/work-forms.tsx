'use client';
import { useTranslations } from 'next-intl';
import { ActionForm, FormSelect } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Options } from '@/components/ui/field';
import { assignTaskAction, claimTaskAction } from '../../actions';

export function ClaimForm({ taskId, lock }: { taskId: string; lock: number }) {
  const t = useTranslations('taskWork');
  const form = useActionForm(claimTaskAction);
  return (
    <ActionForm form={form} hiddenFields={{ taskId, lock }} className="space-y-2">
      <SubmitButton pending={form.pending} variant="secondary">
        {t('claim')}
      </SubmitButton>
    </ActionForm>
  );
}

export function AssignForm({
  taskId,
  lock,
  colleagues,
  current,
}: {
  taskId: string;
  lock: number;
  colleagues: { id: string; name: string }[];
  current: string | null;
}) {
  const t = useTranslations('taskWork');
  const form = useActionForm(assignTaskAction);
  return (
    <ActionForm form={form} hiddenFields={{ taskId, lock }} className="flex flex-wrap items-end gap-3">
      <FormSelect name="assigneeId" label={t('assignTo')} defaultValue={current ?? colleagues[0]?.id}>
        <Options items={colleagues.map((c) => ({ value: c.id, label: c.name }))} />
      </FormSelect>
      <SubmitButton pending={form.pending}>{t('assign')}</SubmitButton>
    </ActionForm>
  );
}
