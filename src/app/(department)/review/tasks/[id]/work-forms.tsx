'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, FormAlert, Options, Select } from '@/components/ui/field';
import { assignTaskAction, claimTaskAction } from '../../actions';

export function ClaimForm({ taskId, lock }: { taskId: string; lock: number }) {
  const t = useTranslations('taskWork');
  const { action, pending, formError } = useActionForm(claimTaskAction);
  return (
    <form action={action} className="space-y-2">
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="lock" value={lock} />
      <SubmitButton pending={pending} variant="secondary">
        {t('claim')}
      </SubmitButton>
    </form>
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
  const { action, pending, formError, fieldErrors } = useActionForm(assignTaskAction);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="lock" value={lock} />
      <Field id="assigneeId" label={t('assignTo')} errors={fieldErrors.assigneeId}>
        <Select id="assigneeId" errors={fieldErrors.assigneeId} defaultValue={current ?? colleagues[0]?.id}>
          <Options items={colleagues.map((c) => ({ value: c.id, label: c.name }))} />
        </Select>
      </Field>
      <SubmitButton pending={pending}>{t('assign')}</SubmitButton>
    </form>
  );
}
