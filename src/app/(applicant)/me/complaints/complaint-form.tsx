'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ActionForm, FormSelect, FormTextarea } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, Options, Select } from '@/components/ui/field';
import { fileComplaintAction } from './actions';

type Option = { id: string; label: string };

export function ComplaintForm({ applications, windows, staff }: { applications: Option[]; windows: Option[]; staff: Option[] }) {
  const t = useTranslations('complaints');
  const form = useActionForm(fileComplaintAction);
  const [target, setTarget] = useState<'CASE' | 'WINDOW' | 'STAFF'>(applications.length ? 'CASE' : 'WINDOW');
  const options = { CASE: applications, WINDOW: windows, STAFF: staff }[target];
  const field = { CASE: 'applicationId', WINDOW: 'windowId', STAFF: 'staffId' }[target];
  return (
    <Card title={t('formTitle')}>
      <ActionForm form={form} success={t('filed')} className="space-y-4">
        <Field id="target" label={t('target')} required>
          <Select id="target" value={target} onChange={(e) => setTarget(e.target.value as typeof target)}>
            <option value="CASE">{t('targetCASE')}</option>
            <option value="WINDOW">{t('targetWINDOW')}</option>
            <option value="STAFF">{t('targetSTAFF')}</option>
          </Select>
        </Field>
        <FormSelect name={field} key={field} label={t(`which${target}`)} required>
          <option value="">{t('choose')}</option>
          <Options items={options.map((o) => ({ value: o.id, label: o.label }))} />
        </FormSelect>
        <FormTextarea name="content" label={t('content')} hint={t('contentHint')} required minLength={5} maxLength={2000} rows={4} />
        <SubmitButton pending={form.pending}>{t('submit')}</SubmitButton>
      </ActionForm>
    </Card>
  );
}
