'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, FormAlert, Input, Select, Textarea } from '@/components/ui/field';
import { LEVELS } from '@/lib/enums';
import { cancelItemAction, delegateItemAction, newDraftAction, publishAction } from './actions';

export function NewDraftButton({ itemId, label }: { itemId: string; label: string }) {
  const { action, pending, formError } = useActionForm(newDraftAction);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="itemId" value={itemId} />
      {formError && <FormAlert>{formError}</FormAlert>}
      <SubmitButton pending={pending}>{label}</SubmitButton>
    </form>
  );
}

export function PublishForm({ versionId }: { versionId: string }) {
  const t = useTranslations('catalogAdmin.form');
  const { action, pending, formError, fieldErrors } = useActionForm(publishAction);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="versionId" value={versionId} />
      {formError && <FormAlert>{formError}</FormAlert>}
      <Field id="effectiveFrom" label={t('effectiveFrom')} hint={t('effectiveHint')} errors={fieldErrors.effectiveFrom}>
        <Input id="effectiveFrom" type="date" errors={fieldErrors.effectiveFrom} hint={t('effectiveHint')} />
      </Field>
      <SubmitButton pending={pending}>{t('publish')}</SubmitButton>
    </form>
  );
}

export function CancelItemForm({ itemId, bundles = [] }: { itemId: string; bundles?: { code: string; name: string }[] }) {
  const t = useTranslations('catalogAdmin.ops');
  const { state, action, pending, formError, fieldErrors } = useActionForm(cancelItemAction);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="itemId" value={itemId} />
      <p className="text-sm text-slate-600">{t('cancelHint')}</p>
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{t('done')}</FormAlert>}
      <Field id="cancel-reason" label={t('reason')} errors={fieldErrors.reason} required>
        <Textarea id="cancel-reason" name="reason" errors={fieldErrors.reason} rows={2} />
      </Field>
      {bundles.length > 0 && (
        <Field id="cancel-bundleCode" label={t('successorBundle')} hint={t('successorBundleHint')} errors={fieldErrors.bundleCode}>
          <Select id="cancel-bundleCode" name="bundleCode" errors={fieldErrors.bundleCode} defaultValue="">
            <option value="">{t('noSuccessorBundle')}</option>
            {bundles.map((b) => (
              <option key={b.code} value={b.code}>{`${b.name}（${b.code}）`}</option>
            ))}
          </Select>
        </Field>
      )}
      <SubmitButton pending={pending} variant="danger">
        {t('submitCancel')}
      </SubmitButton>
    </form>
  );
}

export function DelegateItemForm({ itemId, departments }: { itemId: string; departments: { code: string; name: string; level: string }[] }) {
  const t = useTranslations('catalogAdmin.ops');
  const tc = useTranslations();
  const { state, action, pending, formError, fieldErrors } = useActionForm(delegateItemAction);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="itemId" value={itemId} />
      <p className="text-sm text-slate-600">{t('delegateHint')}</p>
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{t('done')}</FormAlert>}
      <Field id="delegate-level" label={t('level')} errors={fieldErrors.level} required>
        <Select id="delegate-level" name="level" errors={fieldErrors.level} defaultValue="COUNTY">
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {tc(`level.${l}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="delegate-department" label={t('department')} errors={fieldErrors.departmentCode} required>
        <Select id="delegate-department" name="departmentCode" errors={fieldErrors.departmentCode} defaultValue="">
          <option value="">—</option>
          {departments.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="delegate-reason" label={t('reason')} errors={fieldErrors.reason} required>
        <Textarea id="delegate-reason" name="reason" errors={fieldErrors.reason} rows={2} />
      </Field>
      <SubmitButton pending={pending} variant="secondary">
        {t('submitDelegate')}
      </SubmitButton>
    </form>
  );
}
