'use client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { FormAlert, InputField, TextareaField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { LEVELS } from '@/lib/enums';
import { cancelItemAction, delegateItemAction, newDraftAction, publishAction } from './actions';

export function NewDraftButton({ itemId, label }: { itemId: string; label: string }) {
  const { action, pending, formError } = useActionForm(newDraftAction);
  return (
    <form action={action} className="space-y-2" noValidate>
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
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="versionId" value={versionId} />
      {formError && <FormAlert>{formError}</FormAlert>}
      <InputField id="effectiveFrom" label={t('effectiveFrom')} hint={t('effectiveHint')} errors={fieldErrors.effectiveFrom} type="date" />
      <SubmitButton pending={pending}>{t('publish')}</SubmitButton>
    </form>
  );
}

/** The frame of an operation on the whole item (cancel, delegate): which item, what the operation does, how the last submit went. */
function ItemOperation({
  itemId,
  hint,
  form: { state, action, formError },
  children,
}: {
  itemId: string;
  hint: string;
  form: Pick<ReturnType<typeof useActionForm>, 'state' | 'action' | 'formError'>;
  children: ReactNode;
}) {
  const t = useTranslations('catalogAdmin.ops');
  // The server checks every field and says what is missing in the page's words, not the browser's.
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="itemId" value={itemId} />
      <p className="text-sm text-slate-600">{hint}</p>
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{t('done')}</FormAlert>}
      {children}
    </form>
  );
}

export function CancelItemForm({ itemId, bundles = [] }: { itemId: string; bundles?: { code: string; name: string }[] }) {
  const t = useTranslations('catalogAdmin.ops');
  const form = useActionForm(cancelItemAction);
  const { pending, fieldErrors: e } = form;
  const successors = [{ value: '', label: t('noSuccessorBundle') }, ...bundles.map((b) => ({ value: b.code, label: `${b.name}（${b.code}）` }))];
  return (
    <ItemOperation itemId={itemId} hint={t('cancelHint')} form={form}>
      <TextareaField id="cancel-reason" name="reason" label={t('reason')} errors={e.reason} required rows={2} />
      {bundles.length > 0 && (
        <SelectField
          id="cancel-bundleCode"
          name="bundleCode"
          label={t('successorBundle')}
          hint={t('successorBundleHint')}
          errors={e.bundleCode}
          options={successors}
        />
      )}
      <SubmitButton pending={pending} variant="danger">
        {t('submitCancel')}
      </SubmitButton>
    </ItemOperation>
  );
}

export function DelegateItemForm({ itemId, departments }: { itemId: string; departments: { code: string; name: string; level: string }[] }) {
  const t = useTranslations('catalogAdmin.ops');
  const tc = useTranslations();
  const form = useActionForm(delegateItemAction);
  const { pending, fieldErrors: e } = form;
  const levels = LEVELS.map((l) => ({ value: l, label: tc(`level.${l}`) }));
  const departmentOptions = [{ value: '', label: '—' }, ...departments.map((d) => ({ value: d.code, label: d.name }))];
  return (
    <ItemOperation itemId={itemId} hint={t('delegateHint')} form={form}>
      <SelectField id="delegate-level" name="level" label={t('level')} errors={e.level} required defaultValue="COUNTY" options={levels} />
      <SelectField id="delegate-department" name="departmentCode" label={t('department')} errors={e.departmentCode} required options={departmentOptions} />
      <TextareaField id="delegate-reason" name="reason" label={t('reason')} errors={e.reason} required rows={2} />
      <SubmitButton pending={pending} variant="secondary">
        {t('submitDelegate')}
      </SubmitButton>
    </ItemOperation>
  );
}
