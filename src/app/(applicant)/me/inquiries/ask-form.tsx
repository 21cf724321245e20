'use client';
import { useTranslations } from 'next-intl';
import { ActionForm, FormTextarea } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { askQuestionAction } from './actions';

export function AskForm({ item }: { item: { id: string; name: string } | null }) {
  const t = useTranslations('inquiries');
  const form = useActionForm(askQuestionAction);
  return (
    <Card title={item ? t('askAbout', { item: item.name }) : t('askGeneral')}>
      <ActionForm form={form} success={t('asked')} className="space-y-4">
        {item ? <input type="hidden" name="itemId" value={item.id} /> : <p className="text-sm text-slate-600">{t('askItemHint')}</p>}
        <FormTextarea name="question" label={t('question')} hint={t('questionHint')} required minLength={5} maxLength={1000} rows={4} />
        <SubmitButton pending={form.pending}>{t('submit')}</SubmitButton>
      </ActionForm>
    </Card>
  );
}
