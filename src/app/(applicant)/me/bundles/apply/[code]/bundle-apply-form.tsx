'use client';
import { startTransition, useActionState, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { BundleFieldCards } from '@/components/bundles/bundle-field-cards';
import { FromMembers, type FromMemberView } from '@/components/bundles/from-members';
import type { FormFieldView } from '@/components/bundles/bundle-field-input';
import { ErrorSummary } from '@/components/forms/error-summary';
import { HiddenFields } from '@/components/forms/hidden-fields';
import { useErrorSummary } from '@/components/forms/use-error-summary';
import { errorTextOf } from '@/components/forms/error-text';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, FormAlert, Input, InputField, Options, Select, TextareaField } from '@/components/ui/field';
import { submitBundleAction } from '../../actions';
import { useBundleDraft, type DraftFile, type DraftValues } from './use-bundle-draft';

export type MaterialView = {
  key: string;
  name: string;
  form: string;
  members: string[];
  fromCertificate: string | null;
  library: { id: string; name: string; itemName: string }[];
};

/**
 * 一表申请 / 一套材料: one form for the whole bundle, each shared field and each
 * distinct material once. Saved as a draft while it is typed (as an item's
 * form); a document picked from the material library or a file uploaded is
 * attached to every member that asks for the material.
 */
export function BundleApplyForm(props: {
  bundleCode: string;
  submitKey: string;
  situations: string[];
  optional: string[];
  contactName: string;
  shared: FormFieldView[];
  byMember: { code: string; name: string; fields: FormFieldView[] }[];
  materials: MaterialView[];
  fromMembers: FromMemberView[];
  draft: { id: string; savedAt: string; values: DraftValues; files: Record<string, DraftFile[]> } | null;
}) {
  const t = useTranslations('bundles.apply');
  const tf = useTranslations('bundleFlow');
  const [state, dispatch, pending] = useActionState(submitBundleAction, null);
  const text = errorTextOf(state);
  const { formError } = text;
  const { formRef, fieldErrors, summary } = useErrorSummary(state, text);
  const [contactName, setContactName] = useState(props.draft?.values.contactName || props.contactName);
  const [contactPhone, setContactPhone] = useState(props.draft?.values.contactPhone ?? '');
  const [note, setNote] = useState(props.draft?.values.note ?? '');
  const [answers, setAnswers] = useState<Record<string, string>>(props.draft?.values.answers ?? {});
  const [libraryChoice, setLibraryChoice] = useState<Record<string, string>>({});
  const values = useMemo(() => ({ contactName, contactPhone, note, answers }), [contactName, contactPhone, note, answers]);
  const draft = useBundleDraft({ bundleCode: props.bundleCode, situations: props.situations, optional: props.optional, draft: props.draft, values });

  // The submit waits for the saves and picks still queued, so it carries the draft they made.
  const submit = async (formData: FormData) => {
    formData.set('draftId', await draft.settled());
    startTransition(() => dispatch(formData));
  };

  return (
    <form ref={formRef} action={submit} className="space-y-6" noValidate>
      <HiddenFields values={{ bundleCode: props.bundleCode, submitKey: props.submitKey, situations: props.situations, optional: props.optional }} />
      {formError && <FormAlert>{formError}</FormAlert>}
      <ErrorSummary {...summary} />
      <p className="text-sm text-slate-600" role="status" aria-live="polite">
        {draft.status.kind === 'saving'
          ? tf('draft.saving')
          : draft.status.kind === 'saved'
            ? tf('draft.savedAt', { time: draft.status.at.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit' }) })
            : draft.status.kind === 'error'
              ? tf('draft.saveFailed')
              : ''}
      </p>
      <Card title={t('contact')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField
            id="contactName"
            label={t('contactName')}
            errors={fieldErrors.contactName}
            required
            value={contactName}
            onChange={(e) => setContactName(e.target.value)}
          />
          <InputField
            id="contactPhone"
            label={t('contactPhone')}
            errors={fieldErrors.contactPhone}
            required
            inputMode="tel"
            value={contactPhone}
            onChange={(e) => setContactPhone(e.target.value)}
          />
        </div>
      </Card>
      <BundleFieldCards namespace="bundles.apply" fields={props} answers={answers} onAnswers={setAnswers} fieldErrors={fieldErrors} />
      <Card title={t('materials', { count: props.materials.length })}>
        <p className="mb-4 text-sm text-slate-600">{t('materialsHint')}</p>
        <ol className="space-y-4">
          {props.materials.map((m, i) => {
            const id = `file-${i}`;
            const chosen = draft.files[m.key] ?? [];
            const errors = [...(fieldErrors[`material.${m.key}`] ?? []), ...(draft.pickErrors[m.key] ? [draft.pickErrors[m.key]!] : [])];
            return (
              <li key={m.key} className="border-b border-slate-100 pb-4">
                <Field
                  id={id}
                  label={`${i + 1}. ${m.name}`}
                  required={!m.fromCertificate}
                  errors={errors.length ? errors : undefined}
                  hint={t('usedBy', { items: m.members.join('、') })}
                >
                  {m.fromCertificate ? (
                    <p className="text-sm text-emerald-700">{t('fromCertificate', { type: m.fromCertificate })}</p>
                  ) : (
                    <div className="space-y-2">
                      {chosen.length > 0 && (
                        <ul className="space-y-1 text-sm">
                          {chosen.map((f) => (
                            <li key={f.id} className="flex flex-wrap items-center gap-2">
                              <span className="break-all">{f.name}</span>
                              <button
                                type="button"
                                className="text-brand-700 underline"
                                onClick={() => void draft.remove(m.key, f.id)}
                                aria-label={tf('draft.remove', { name: f.name })}
                              >
                                ×
                              </button>
                            </li>
                          ))}
                        </ul>
                      )}
                      <Input
                        id={id}
                        name={`file:${m.key}`}
                        type="file"
                        multiple
                        accept="application/pdf,image/jpeg,image/png"
                        errors={errors.length ? errors : undefined}
                        hint
                      />
                      {m.library.length > 0 && (
                        <div className="flex flex-wrap items-center gap-2">
                          <Select
                            id={`library-${i}`}
                            aria-label={tf('draft.libraryFor', { name: m.name })}
                            value={libraryChoice[m.key] ?? ''}
                            onChange={(e) => setLibraryChoice({ ...libraryChoice, [m.key]: e.target.value })}
                            className="max-w-full"
                          >
                            <option value="">{tf('draft.libraryChoose')}</option>
                            <Options items={m.library.map((doc) => ({ value: doc.id, label: `${doc.name}（${doc.itemName}）` }))} />
                          </Select>
                          <button
                            type="button"
                            className="rounded-md px-3 py-1.5 text-sm text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50 disabled:opacity-50"
                            disabled={!libraryChoice[m.key]}
                            onClick={() => void draft.pick(m.key, libraryChoice[m.key]!)}
                          >
                            {tf('draft.fromLibrary')}
                          </button>
                        </div>
                      )}
                    </div>
                  )}
                </Field>
              </li>
            );
          })}
        </ol>
        <FromMembers items={props.fromMembers} />
      </Card>
      <Card>
        <TextareaField id="note" label={t('note')} errors={fieldErrors.note} value={note} onChange={(e) => setNote(e.target.value)} />
      </Card>
      <SubmitButton pending={pending}>{pending ? t('submitting') : t('submit')}</SubmitButton>
    </form>
  );
}
