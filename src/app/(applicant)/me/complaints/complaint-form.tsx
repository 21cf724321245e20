'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, FormAlert, Options, Select, TextareaField } from '@/components/ui/field';
import { fileComplaintAction } from './actions';

type Option = { id: string; label: string };

export function ComplaintForm({ applications, windows, staff }: { applications: Option[]; windows: Option[]; staff: Option[] }) {
  const t = useTranslations('complaints');
  const { state, action, pending, formError, fieldErrors } = useActionForm(fileComplaintAction);
  const [target, setTarget] = useState<'CASE' | 'WINDOW' | 'STAFF'>(applications.length ? 'CASE' : 'WINDOW');
  const options = { CASE: applications, WINDOW: windows, STAFF: staff }[target];
  const field = { CASE: 'applicationId', WINDOW: 'windowId', STAFF: 'staffId' }[target];
  return (
    <Card title={t('formTitle')}>
      <form action={action} className="space-y-4">
        {formError && <FormAlert>{formError}</FormAlert>}
        {state?.ok && <FormAlert tone="success">{t('filed')}</FormAlert>}
        <Field id="target" label={t('target')} required>
          <Select id="target" value={target} onChange={(e) => setTarget(e.target.value as typeof target)}>
            <option value="CASE">{t('targetCASE')}</option>
            <option value="WINDOW">{t('targetWINDOW')}</option>
            <option value="STAFF">{t('targetSTAFF')}</option>
          </Select>
        </Field>
        <Field id={field} label={t(`which${target}`)} errors={fieldErrors[field]} required>
          <Select id={field} key={field} errors={fieldErrors[field]} required>
            <option value="">{t('choose')}</option>
            <Options items={options.map((o) => ({ value: o.id, label: o.label }))} />
          </Select>
        </Field>
        <TextareaField
          id="content"
          label={t('content')}
          hint={t('contentHint')}
          errors={fieldErrors.content}
          required
          minLength={5}
          maxLength={2000}
          rows={4}
        />
        <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
      </form>
    </Card>
  );
}
