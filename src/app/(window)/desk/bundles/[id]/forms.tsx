'use client';
import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/action-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, FormAlert, Input, Select, TextareaField, InputField } from '@/components/ui/field';
import { acceptBundleAction, deliverBundleAction, deliverBundlePartAction, requestBundleCorrectionAction } from '../actions';

/** One acceptance: every member goes on unless ticked "refuse" with a reason. */
export function AcceptBundleForm({ bundleCaseId, members }: { bundleCaseId: string; members: { id: string; name: string }[] }) {
  const t = useTranslations('bundles.desk');
  const form = useActionForm(acceptBundleAction);
  return (
    <ActionForm form={form} success={t('accepted')} hiddenFields={{ bundleCaseId }} className="space-y-4">
      <fieldset className="space-y-3">
        <legend className="mb-1 text-sm text-slate-600">{t('refuseHint')}</legend>
        {members.map((m, i) => (
          <div key={m.id} className="grid gap-2 sm:grid-cols-[16rem_1fr] sm:items-center">
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="refuse" value={m.id} className="h-4 w-4" />
              {t('refuse', { name: m.name })}
            </label>
            <Input
              id={`reason.${m.id}`}
              aria-label={t('refuseReason', { name: m.name })}
              placeholder={t('refuseReasonPlaceholder')}
              errors={form.fieldErrors[`refuse.${i}.reason`]}
            />
          </div>
        ))}
      </fieldset>
      <SubmitButton pending={form.pending}>{t('accept')}</SubmitButton>
    </ActionForm>
  );
}

/** 一次性告知 for the whole bundle: each distinct material once. */
export function BundleCorrectionForm({ bundleCaseId, materials }: { bundleCaseId: string; materials: { key: string; name: string; members: string[] }[] }) {
  const t = useTranslations('bundles.desk');
  const form = useActionForm(requestBundleCorrectionAction);
  const { fieldErrors } = form;
  return (
    <ActionForm form={form} hiddenFields={{ bundleCaseId }} className="space-y-4">
      {fieldErrors.items && <FormAlert>{fieldErrors.items.join('；')}</FormAlert>}
      <ul className="space-y-3">
        {materials.map((m, i) => (
          <li key={m.key} className="grid gap-2 border-b border-slate-100 pb-3 sm:grid-cols-[1fr_8rem_1fr] sm:items-center">
            <input type="hidden" name="materialKey" value={m.key} />
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="material" value={i} className="mt-0.5 h-4 w-4" />
              <span>
                {m.name}
                <span className="block text-xs text-slate-500">{m.members.join('、')}</span>
              </span>
            </label>
            <Select id={`status.${i}`} aria-label={t('defect')} defaultValue="DEFECTIVE">
              <option value="DEFECTIVE">{t('defective')}</option>
              <option value="MISSING">{t('missing')}</option>
            </Select>
            <Input id={`reason.${i}`} aria-label={t('reason', { name: m.name })} placeholder={t('reasonPlaceholder')} />
          </li>
        ))}
      </ul>
      <TextareaField id="note" label={t('note')} />
      <SubmitButton pending={form.pending} variant="secondary">
        {t('requestCorrection')}
      </SubmitButton>
    </ActionForm>
  );
}

/** 一次办结: the whole result pack handed over once; with `part`, the results issued so far (early collection). */
export function DeliverBundleForm({ bundleCaseId, part = false }: { bundleCaseId: string; part?: boolean }) {
  const t = useTranslations('bundles.desk');
  const tf = useTranslations('bundleFlow.early');
  const { action, pending, formError, fieldErrors } = useActionForm(part ? deliverBundlePartAction : deliverBundleAction);
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="bundleCaseId" value={bundleCaseId} />
      {formError && (
        <div className="sm:col-span-2">
          <FormAlert>{formError}</FormAlert>
        </div>
      )}
      <Field id="method" label={t('method')}>
        <Select id="method" defaultValue="WINDOW">
          <option value="WINDOW">{t('methods.WINDOW')}</option>
          <option value="POST">{t('methods.POST')}</option>
          <option value="ELECTRONIC">{t('methods.ELECTRONIC')}</option>
        </Select>
      </Field>
      <InputField id="receiverName" label={t('receiverName')} errors={fieldErrors.receiverName} />
      <InputField id="receiverIdNo" label={t('receiverIdNo')} errors={fieldErrors.receiverIdNo} />
      <InputField id="trackingNumber" label={t('trackingNumber')} errors={fieldErrors.trackingNumber} />
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="idChecked" className="h-4 w-4" />
        {t('idChecked')}
      </label>
      <div className="sm:col-span-2">
        <SubmitButton pending={pending}>{part ? tf('deliver') : t('deliver')}</SubmitButton>
      </div>
    </form>
  );
}
