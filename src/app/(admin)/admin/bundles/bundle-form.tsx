'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import { errorTextOf } from '@/components/forms/error-text';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, FieldErrors, FormAlert, Input, Options, Select, TextareaField } from '@/components/ui/field';
import { publishBundleAction, saveBundleDraftAction } from './actions';

type Doc = {
  code: string;
  name: string;
  lifeEvent: string;
  leadDepartmentCode: string;
  promisedLimitDays: number | string;
  situations: string[];
  description: string | null;
  members: { itemCode: string; applicability: string; situations: string[]; dependsOn: string[] }[];
};

const ROWS = 10;

/** A bundle's draft: its code, name, life event, lead department, promised limit, situations and up to ten members. */
export function BundleForm({
  versionId,
  document,
  departments,
  items,
  codeFixed,
}: {
  versionId: string | null;
  document: Doc;
  departments: { code: string; name: string }[];
  items: { code: string; name: string }[];
  codeFixed: boolean;
}) {
  const t = useTranslations('bundles.admin');
  const { state, action, pending, formError, fieldErrors, formRef, summary } = useActionForm(saveBundleDraftAction.bind(null, versionId));
  const rows = Array.from(
    { length: Math.max(ROWS, document.members.length + 2) },
    (_, i) => document.members[i] ?? { itemCode: '', applicability: 'ALWAYS', situations: [], dependsOn: [] },
  );
  const err = (key: string) => fieldErrors[key];
  return (
    <form ref={formRef} action={action} className="space-y-6" noValidate>
      <input type="hidden" name="rows" value={rows.length} />
      {formError && <FormAlert>{formError}</FormAlert>}
      <ErrorSummary {...summary} />
      {state?.ok && <FormAlert tone="success">{t('saved')}</FormAlert>}
      <Card title={t('basics')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="code" label={t('code')} required errors={err('code')}>
            <Input id="code" defaultValue={document.code} readOnly={codeFixed} errors={err('code')} />
          </Field>
          <Field id="name" label={t('name')} required errors={err('name')}>
            <Input id="name" defaultValue={document.name} errors={err('name')} />
          </Field>
          <Field id="lifeEvent" label={t('lifeEvent')} required errors={err('lifeEvent')}>
            <Input id="lifeEvent" defaultValue={document.lifeEvent} errors={err('lifeEvent')} />
          </Field>
          <Field id="leadDepartmentCode" label={t('lead')} required errors={err('leadDepartmentCode')}>
            <Select id="leadDepartmentCode" defaultValue={document.leadDepartmentCode} errors={err('leadDepartmentCode')}>
              <option value="">{t('choose')}</option>
              <Options items={departments.map((d) => ({ value: d.code, label: d.name }))} />
            </Select>
          </Field>
          <Field id="promisedLimitDays" label={t('promised')} required errors={err('promisedLimitDays')} hint={t('promisedHint')}>
            <Input id="promisedLimitDays" inputMode="decimal" defaultValue={String(document.promisedLimitDays)} errors={err('promisedLimitDays')} hint />
          </Field>
          <TextareaField
            id="situations"
            label={t('situations')}
            hint={t('situationsHint')}
            errors={err('situations')}
            defaultValue={document.situations.join('\n')}
          />
          <div className="sm:col-span-2">
            <TextareaField id="description" label={t('descriptionField')} errors={err('description')} defaultValue={document.description ?? ''} />
          </div>
        </div>
      </Card>
      <Card title={t('members')}>
        <p className="mb-3 text-sm text-slate-600">{t('membersHint')}</p>
        <FieldErrors id="members" errors={err('members')} />
        <ol className="space-y-4">
          {rows.map((m, i) => (
            <li key={i} className="grid gap-3 border-b border-slate-100 pb-4 sm:grid-cols-[2fr_1fr_1fr_1fr]">
              <Field id={`members.${i}.itemCode`} label={t('member', { n: i + 1 })} errors={err(`members.${i}.itemCode`)}>
                <Select id={`members.${i}.itemCode`} defaultValue={m.itemCode} errors={err(`members.${i}.itemCode`)}>
                  <option value="">{t('none')}</option>
                  {items.map((item) => (
                    <option key={item.code} value={item.code}>
                      {item.name} · {item.code}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id={`members.${i}.applicability`} label={t('applicability')}>
                <Select id={`members.${i}.applicability`} defaultValue={m.applicability}>
                  <option value="ALWAYS">{t('ALWAYS')}</option>
                  <option value="SITUATION">{t('SITUATION')}</option>
                  <option value="OPTIONAL">{t('OPTIONAL')}</option>
                </Select>
              </Field>
              <Field id={`members.${i}.situations`} label={t('memberSituations')} errors={err(`members.${i}.situations`)}>
                <Input id={`members.${i}.situations`} defaultValue={m.situations.join('、')} errors={err(`members.${i}.situations`)} />
              </Field>
              <Field id={`members.${i}.dependsOn`} label={t('dependsOn')} errors={err(`members.${i}.dependsOn`)}>
                <Input
                  id={`members.${i}.dependsOn`}
                  defaultValue={m.dependsOn.join(',')}
                  placeholder={t('dependsOnPlaceholder')}
                  errors={err(`members.${i}.dependsOn`)}
                />
              </Field>
            </li>
          ))}
        </ol>
      </Card>
      <SubmitButton pending={pending}>{versionId ? t('saveDraft') : t('create')}</SubmitButton>
    </form>
  );
}

export function PublishBundleForm({ versionId }: { versionId: string }) {
  const t = useTranslations('bundles.admin');
  const [state, action, pending] = useActionState(publishBundleAction, null);
  const { formError, fieldErrors } = errorTextOf(state);
  const problems = Object.values(fieldErrors).flat();
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="versionId" value={versionId} />
      {formError && <FormAlert>{[formError, ...problems].join(' ')}</FormAlert>}
      <SubmitButton pending={pending}>{t('publish')}</SubmitButton>
    </form>
  );
}
