'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/forms/use-error-text';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { BundleFieldInput, type FormFieldView } from '@/components/bundles/bundle-field-input';
import { Field, FormAlert, Input, TextareaField, InputField } from '@/components/ui/field';
import { submitBundleAction } from '../../actions';

export type MaterialView = { key: string; name: string; form: string; members: string[]; fromCertificate: string | null };

/** 一表申请 / 一套材料: one form for the whole bundle, each shared field and each distinct material once. */
export function BundleApplyForm(props: {
  bundleCode: string;
  submitKey: string;
  situations: string[];
  optional: string[];
  contactName: string;
  shared: FormFieldView[];
  byMember: { code: string; name: string; fields: FormFieldView[] }[];
  materials: MaterialView[];
}) {
  const t = useTranslations('bundles.apply');
  const [state, action, pending] = useActionState(submitBundleAction, null);
  const { formError, fieldErrors } = useErrorText(state);
  return (
    <form action={action} className="space-y-6" noValidate>
      <input type="hidden" name="bundleCode" value={props.bundleCode} />
      <input type="hidden" name="submitKey" value={props.submitKey} />
      {props.situations.map((s) => (
        <input key={s} type="hidden" name="situations" value={s} />
      ))}
      {props.optional.map((o) => (
        <input key={o} type="hidden" name="optional" value={o} />
      ))}
      {formError && <FormAlert>{formError}</FormAlert>}
      <Card title={t('contact')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField id="contactName" label={t('contactName')} errors={fieldErrors.contactName} required defaultValue={props.contactName} />
          <InputField id="contactPhone" label={t('contactPhone')} errors={fieldErrors.contactPhone} required inputMode="tel" />
        </div>
      </Card>
      {props.shared.length > 0 && (
        <Card title={t('shared')}>
          <p className="mb-4 text-sm text-slate-600">{t('sharedHint')}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            {props.shared.map((f) => (
              <BundleFieldInput key={f.key} f={f} errors={fieldErrors[`answers.${f.key}`]} />
            ))}
          </div>
        </Card>
      )}
      {props.byMember.map((m) => (
        <Card key={m.code} title={t('memberFields', { name: m.name })}>
          <div className="grid gap-4 sm:grid-cols-2">
            {m.fields.map((f) => (
              <BundleFieldInput key={f.key} f={f} errors={fieldErrors[`answers.${f.key}`]} />
            ))}
          </div>
        </Card>
      ))}
      <Card title={t('materials', { count: props.materials.length })}>
        <p className="mb-4 text-sm text-slate-600">{t('materialsHint')}</p>
        <ol className="space-y-4">
          {props.materials.map((m, i) => {
            const id = `file-${i}`;
            const errors = fieldErrors[`material.${m.key}`];
            return (
              <li key={m.key} className="border-b border-slate-100 pb-4">
                <Field id={id} label={`${i + 1}. ${m.name}`} required={!m.fromCertificate} errors={errors} hint={t('usedBy', { items: m.members.join('、') })}>
                  {m.fromCertificate ? (
                    <p className="text-sm text-emerald-700">{t('fromCertificate', { type: m.fromCertificate })}</p>
                  ) : (
                    <Input id={id} name={`file:${m.key}`} type="file" multiple accept="application/pdf,image/jpeg,image/png" errors={errors} hint />
                  )}
                </Field>
              </li>
            );
          })}
        </ol>
      </Card>
      <Card>
        <TextareaField id="note" label={t('note')} errors={fieldErrors.note} />
      </Card>
      <SubmitButton pending={pending}>{pending ? t('submitting') : t('submit')}</SubmitButton>
    </form>
  );
}
