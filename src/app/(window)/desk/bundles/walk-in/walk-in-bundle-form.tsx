'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { BundleFieldCards } from '@/components/bundles/bundle-field-cards';
import { FromMembers, type FromMemberView } from '@/components/bundles/from-members';
import type { FormFieldView } from '@/components/bundles/bundle-field-input';
import { useActionForm } from '@/components/forms/use-action-form';
import { HiddenFields } from '@/components/forms/hidden-fields';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FieldErrors, FormAlert, Input, MaterialFilesInput, Select, TextareaField } from '@/components/ui/field';
import { WalkInApplicant } from '../../walk-in/walk-in-applicant';
import { registerWalkInBundleAction } from '../actions';

type Material = { key: string; name: string; members: string[]; certificateType: string | null };

/**
 * 一窗受理 of a bundle: the person, the one form (each shared field once) and
 * per distinct material what the clerk found, with its scans (each once, for
 * every member that asks for it). Controlled, so a refused submission keeps
 * what was typed (React resets a form after its action).
 */
export function WalkInBundleForm(props: {
  bundleCode: string;
  submitKey: string;
  situations: string[];
  optional: string[];
  members: string[];
  shared: FormFieldView[];
  byMember: { code: string; name: string; fields: FormFieldView[] }[];
  materials: Material[];
  fromMembers: FromMemberView[];
}) {
  const t = useTranslations('bundleFlow.walkIn');
  const { action, pending, formError, fieldErrors } = useActionForm(registerWalkInBundleAction);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [statuses, setStatuses] = useState<Record<string, string>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');

  return (
    <form action={action} className="space-y-6" noValidate>
      <HiddenFields values={{ bundleCode: props.bundleCode, submitKey: props.submitKey, situations: props.situations, optional: props.optional }} />
      {formError && <FormAlert>{formError}</FormAlert>}
      <p className="text-sm text-slate-600">{t('members', { items: props.members.join('、') })}</p>
      <WalkInApplicant namespace="bundleFlow.walkIn" fieldErrors={fieldErrors} />
      <BundleFieldCards namespace="bundleFlow.walkIn" fields={props} answers={answers} onAnswers={setAnswers} fieldErrors={fieldErrors} />
      <Card title={t('materials', { count: props.materials.length })}>
        <p className="mb-3 text-sm text-slate-600">{t('materialsHint')}</p>
        <ol className="divide-y divide-slate-100">
          {props.materials.map((m, i) => {
            const errors = fieldErrors[`material.${m.key}`];
            const status = statuses[m.key] ?? 'PRESENT';
            return (
              <li key={m.key} className="grid gap-3 py-3 md:grid-cols-[1fr_10rem_1fr]">
                <div className="min-w-0">
                  <p className="font-medium">
                    {i + 1}. {m.name}
                  </p>
                  <p className="text-xs text-slate-500">{t('usedBy', { items: m.members.join('、') })}</p>
                  {m.certificateType && <p className="text-xs text-emerald-700">{t('certificateHint', { type: m.certificateType })}</p>}
                  <label htmlFor={`file-${i}`} className="mt-2 block text-xs text-slate-600">
                    {t('scanFor', { name: m.name })}
                  </label>
                  <MaterialFilesInput id={`file-${i}`} name={`file:${m.key}`} errors={errors} />
                  <FieldErrors id={`file-${i}`} errors={errors} />
                </div>
                <input type="hidden" name="materialKey" value={m.key} />
                <Select
                  id={`status-${i}`}
                  name={`status.${i}`}
                  aria-label={t('statusFor', { name: m.name })}
                  value={status}
                  onChange={(e) => setStatuses({ ...statuses, [m.key]: e.target.value })}
                >
                  <option value="PRESENT">{t('status.PRESENT')}</option>
                  <option value="MISSING">{t('status.MISSING')}</option>
                  <option value="DEFECTIVE">{t('status.DEFECTIVE')}</option>
                </Select>
                <Input
                  id={`reason-${i}`}
                  name={`reason.${i}`}
                  aria-label={t('reasonFor', { name: m.name })}
                  placeholder={t('reasonPlaceholder')}
                  disabled={status === 'PRESENT'}
                  value={reasons[m.key] ?? ''}
                  onChange={(e) => setReasons({ ...reasons, [m.key]: e.target.value })}
                  maxLength={200}
                />
              </li>
            );
          })}
        </ol>
        <FromMembers items={props.fromMembers} />
      </Card>
      <Card>
        <TextareaField id="note" label={t('note')} errors={fieldErrors.note} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
      </Card>
      <div className="flex justify-end">
        <SubmitButton pending={pending}>{pending ? t('submitting') : t('submit')}</SubmitButton>
      </div>
    </form>
  );
}
