'use client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';

export type ItemDoc = {
  basicCode: string;
  implementationCode: string;
  name: string;
  type: string;
  level: string;
  departmentCode: string;
  legalBasis: string[];
  handlingClass: string;
  statutoryLimitDays: number | null;
  promisedLimitDays: number;
  acceptConditions: string[];
  situations: { name: string }[];
  materials: MaterialRow[];
  steps: { name: string; limitDays: number | null }[];
  stages: StageRow[];
  formFields: FormFieldRow[];
  coHandling: string[];
  fee: string;
  feeBasis: string | null;
  onlineDepth: number;
  appointment: boolean;
  onlinePayment: boolean;
  postalDelivery: boolean;
  postalFee: string | null;
  electronicDelivery: boolean;
  disclose: boolean;
  resultName: string;
  resultType: string;
  resultCertificate: string | null;
  contactPhone: string;
  complaintPhone: string;
  keywords: string[];
  lifeEvents: string[];
};

export type MaterialRow = {
  name: string;
  form: string;
  copies: number;
  required: boolean;
  situations: string[];
  certificateType: string | null;
  note: string | null;
};
export type StageRow = { name: string; limitDays: number; departmentCodes: string[] };
export type FormFieldRow = { key: string; label: string; kind: string; required: boolean; options: string[]; maxLength: number | null };
export type Department = { code: string; name: string };

/** The translated field errors of the last submit, by field path. */
export type Errors = { e: (name: string) => string[] | undefined; fieldErrors: Record<string, string[]> };

/** A list's own errors, or else those of its lines (`name.0`, `name.1`, ...), so a bad line shows under the whole textarea. */
export function listErrors({ e, fieldErrors }: Errors, name: string): string[] | undefined {
  return (
    e(name) ??
    Object.entries(fieldErrors)
      .filter(([k]) => k.startsWith(`${name}.`))
      .flatMap(([, v]) => v)
  );
}

/** The props of a field component but its label and errors, which ItemInput and ItemSelect take from the id. */
type Named<C extends (props: never) => unknown> = { id: string; errors: Errors } & Omit<Parameters<C>[0], 'id' | 'label' | 'errors'>;

/** A field of the item form names itself once: the label is the form's message of its name, the errors those the last submit gave that name. */
export function ItemInput({ id, errors: { e }, ...props }: Named<typeof InputField>) {
  const t = useTranslations('catalogAdmin.form');
  return <InputField id={id} label={t(id)} errors={e(id)} {...props} />;
}

export function ItemSelect({ id, errors: { e }, ...props }: Named<typeof SelectField>) {
  const t = useTranslations('catalogAdmin.form');
  return <SelectField id={id} label={t(id)} errors={e(id)} {...props} />;
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <legend className="px-1 text-base font-semibold text-slate-800">{title}</legend>
      <div className="mt-2 grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/** A section of repeating rows: laid out as a list, not the two-column grid of `Section`. */
export function ListSection({ title, hint, spacing, children }: { title: string; hint?: string; spacing: 'space-y-3' | 'space-y-4'; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-error-context={title}>
      <legend className="px-1 text-base font-semibold text-slate-800">{title}</legend>
      {hint && <p className="mb-3 text-sm text-slate-600">{hint}</p>}
      <div className={spacing}>{children}</div>
    </fieldset>
  );
}

export function Check({ id, label, defaultChecked }: { id: string; label: string; defaultChecked: boolean }) {
  return (
    <label htmlFor={id} className="flex min-h-10 items-center gap-2 text-sm text-slate-800">
      <input id={id} name={id} type="checkbox" defaultChecked={defaultChecked} className="size-4 rounded border-slate-300" />
      {label}
    </label>
  );
}

export function RemoveButton({ n, onClick }: { n: number; onClick: () => void }) {
  const t = useTranslations('catalogAdmin.form');
  return (
    <Button type="button" variant="ghost" onClick={onClick} aria-label={t('removeRow', { n })}>
      ✕
    </Button>
  );
}

/** One row of a list section that holds several fields: numbered, with its remove button, in a two-column card. */
export function RowCard({ n, onRemove, children }: { n: number; onRemove: () => void; children: ReactNode }) {
  const t = useTranslations('catalogAdmin.form');
  return (
    <div className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2" data-error-context={t('row', { n })}>
      <div className="flex items-center justify-between sm:col-span-2">
        <span className="text-sm font-medium text-slate-600">{t('row', { n })}</span>
        <RemoveButton n={n} onClick={onRemove} />
      </div>
      {children}
    </div>
  );
}

export function AddRowButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button type="button" variant="secondary" onClick={onClick}>
      {children}
    </Button>
  );
}
