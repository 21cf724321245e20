'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, FormAlert, Textarea } from '@/components/ui/field';
import type { ActionState } from '@/lib/action';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function AnswerForm({ inquiryId, canPublish, action: answer }: { inquiryId: string; canPublish: boolean; action: Action }) {
  const t = useTranslations('inquiries');
  const { action, pending, formError, fieldErrors } = useActionForm(answer);
  const id = `answer-${inquiryId}`;
  return (
    <form action={action} className="mt-3 space-y-3">
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <Field id={id} label={t('answer')} errors={fieldErrors.answer} required>
        <Textarea id={id} name="answer" errors={fieldErrors.answer} required maxLength={2000} />
      </Field>
      {canPublish && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="publish" className="h-4 w-4" />
          {t('publish')}
        </label>
      )}
      <SubmitButton pending={pending}>{t('sendAnswer')}</SubmitButton>
    </form>
  );
}
