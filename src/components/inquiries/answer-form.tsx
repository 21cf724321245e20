'use client';
import { useTranslations } from 'next-intl';
import { ActionForm, FormTextarea } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import type { ActionState } from '@/lib/action';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function AnswerForm({ inquiryId, canPublish, action: answer }: { inquiryId: string; canPublish: boolean; action: Action }) {
  const t = useTranslations('inquiries');
  const form = useActionForm(answer);
  return (
    <ActionForm form={form} hiddenFields={{ inquiryId }} className="mt-3 space-y-3">
      <FormTextarea name="answer" id={`answer-${inquiryId}`} label={t('answer')} required maxLength={2000} />
      {canPublish && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="publish" className="h-4 w-4" />
          {t('publish')}
        </label>
      )}
      <SubmitButton pending={form.pending}>{t('sendAnswer')}</SubmitButton>
    </ActionForm>
  );
}
