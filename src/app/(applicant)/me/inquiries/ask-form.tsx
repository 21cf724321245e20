'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert, TextareaField } from '@/components/ui/field';
import { askQuestionAction } from './actions';

export function AskForm({ item }: { item: { id: string; name: string } | null }) {
  const t = useTranslations('inquiries');
  const { state, action, pending, formError, fieldErrors } = useActionForm(askQuestionAction);
  return (
    <Card title={item ? t('askAbout', { item: item.name }) : t('askGeneral')}>
      <form action={action} className="space-y-4">
        {formError && <FormAlert>{formError}</FormAlert>}
        {state?.ok && <FormAlert tone="success">{t('asked')}</FormAlert>}
        {item ? <input type="hidden" name="itemId" value={item.id} /> : <p className="text-sm text-slate-600">{t('askItemHint')}</p>}
        <TextareaField
          id="question"
          label={t('question')}
          hint={t('questionHint')}
          errors={fieldErrors.question}
          required
          minLength={5}
          maxLength={1000}
          rows={4}
        />
        <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
      </form>
    </Card>
  );
}
