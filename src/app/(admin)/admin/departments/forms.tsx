'use client';
import { useTranslations } from 'next-intl';
import { startTransition, type FormEvent, type ReactNode } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import { Field, FormAlert, Input, Options, Select } from '@/components/ui/field';
import { saveDepartmentAction, saveWindowAction } from './actions';

type Region = { code: string; name: string };

// Submitted without the form reset of React form actions, so typed values survive an error.
function useSubmit(formAction: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
}

type Errors = Record<string, string[] | undefined>;

/** What a department's and a window's form share: the record's id, the form error, code and name, the save button. */
function OrgForm({
  kind,
  initial,
  action,
  pending,
  formError,
  errors: e,
  children,
}: {
  kind: 'dept' | 'win';
  initial: { id: string; code: string; name: string } | null;
  action: (data: FormData) => void;
  pending: boolean;
  formError: string | null;
  errors: Errors;
  children: ReactNode;
}) {
  const t = useTranslations('catalogAdmin.orgs');
  return (
    <form onSubmit={useSubmit(action)} noValidate className="grid gap-4 sm:grid-cols-2">
      <input type="hidden" name="id" value={initial?.id ?? ''} />
      {formError && (
        <div className="sm:col-span-2">
          <FormAlert>{formError}</FormAlert>
        </div>
      )}
      <Field id={`${kind}-code`} label={t('code')} errors={e.code} required>
        <Input id={`${kind}-code`} name="code" defaultValue={initial?.code} errors={e.code} />
      </Field>
      <Field id={`${kind}-name`} label={t('name')} errors={e.name} required>
        <Input id={`${kind}-name`} name="name" defaultValue={initial?.name} errors={e.name} />
      </Field>
      {children}
      <div className="flex items-end">
        <SubmitButton pending={pending}>{initial ? t('save') : t('create')}</SubmitButton>
      </div>
    </form>
  );
}

function RegionField({ id, regions, value, errors }: { id: string; regions: Region[]; value: string; errors?: string[] }) {
  const t = useTranslations('catalogAdmin.orgs');
  return (
    <Field id={id} label={t('region')} errors={errors} required>
      <Select id={id} name="regionCode" defaultValue={value} errors={errors}>
        <option value="">—</option>
        <Options items={regions.map((r) => ({ value: r.code, label: r.name }))} />
      </Select>
    </Field>
  );
}

export function DepartmentForm({
  initial,
  regions,
  departments,
}: {
  initial: { id: string; code: string; name: string; shortName: string | null; regionCode: string; upperDepartmentCode: string | null } | null;
  regions: Region[];
  departments: { code: string; name: string }[];
}) {
  const t = useTranslations('catalogAdmin.orgs');
  const { action, pending, formError, fieldErrors: e } = useActionForm(saveDepartmentAction);
  return (
    <OrgForm kind="dept" initial={initial} action={action} pending={pending} formError={formError} errors={e}>
      <Field id="dept-shortName" label={t('shortName')} errors={e.shortName}>
        <Input id="dept-shortName" name="shortName" defaultValue={initial?.shortName ?? ''} errors={e.shortName} />
      </Field>
      <RegionField id="dept-region" regions={regions} value={initial?.regionCode ?? ''} errors={e.regionCode} />
      <Field id="dept-upper" label={t('upper')} errors={e.upperDepartmentCode}>
        <Select id="dept-upper" name="upperDepartmentCode" defaultValue={initial?.upperDepartmentCode ?? ''} errors={e.upperDepartmentCode}>
          <option value="">{t('none')}</option>
          <Options items={departments.map((d) => ({ value: d.code, label: d.name }))} />
        </Select>
      </Field>
    </OrgForm>
  );
}

export function WindowForm({
  initial,
  regions,
}: {
  initial: { id: string; code: string; name: string; kind: string; regionCode: string } | null;
  regions: Region[];
}) {
  const t = useTranslations('catalogAdmin.orgs');
  const { action, pending, formError, fieldErrors: e } = useActionForm(saveWindowAction);
  return (
    <OrgForm kind="win" initial={initial} action={action} pending={pending} formError={formError} errors={e}>
      <Field id="win-kind" label={t('kind')} errors={e.kind} required>
        <Select id="win-kind" name="kind" defaultValue={initial?.kind ?? 'GENERAL_INTAKE'} errors={e.kind}>
          <option value="GENERAL_INTAKE">{t('kinds.GENERAL_INTAKE')}</option>
          <option value="RESULT">{t('kinds.RESULT')}</option>
        </Select>
      </Field>
      <RegionField id="win-region" regions={regions} value={initial?.regionCode ?? ''} errors={e.regionCode} />
    </OrgForm>
  );
}
