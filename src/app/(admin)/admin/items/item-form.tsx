'use client';
import { startTransition, useActionState, useRef, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useErrorSummary } from '@/components/forms/use-error-summary';
import { errorTextOf } from '@/components/forms/error-text';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/field';
import type { ActionState } from '@/lib/action';
import { BasicSection, ConditionsSection, LimitsSection } from './basic-sections';
import { FormFieldsSection } from './form-fields-section';
import type { Department, ItemDoc } from './form-parts';
import { MaterialsSection, SituationsSection } from './materials-sections';
import { StagesSection, StepsSection } from './process-sections';
import { ResultSection, ServiceSection } from './service-sections';
import { useRowList } from './use-row-list';

export type ItemFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: ItemDoc | null;
  departments: Department[];
  submitLabel: string;
  lockBasicCode?: boolean;
  /** A published or retired version: every field shown, none editable, nothing to submit. */
  readOnly?: boolean;
};

/**
 * The whole item version in one form. Submitted without the form-reset of
 * React form actions, so what the admin typed stays when an error comes back.
 */
export function ItemForm({ action, initial: d, departments, submitLabel, lockBasicCode, readOnly = false }: ItemFormProps) {
  const t = useTranslations('catalogAdmin.form');
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, summary } = useErrorSummary(state, errorTextOf(state), formRef);
  const errors = { e: (name: string) => fieldErrors[name], fieldErrors };
  // The repeating lists live in state so rows can be added and removed without losing what was typed in the others.
  const situations = useRowList(d?.situations ?? []);
  const materials = useRowList(d?.materials ?? []);
  const steps = useRowList(d?.steps ?? []);
  const stages = useRowList(d?.stages ?? []);
  const formFields = useRowList(d?.formFields ?? []);
  const situationNames = situations.rows.map((s) => s.row.name).filter(Boolean);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-6">
      <ErrorSummary {...summary} />
      {state?.ok && <FormAlert tone="success">{t('saved')}</FormAlert>}
      <fieldset disabled={readOnly} className="min-w-0 space-y-6">
        <BasicSection d={d} errors={errors} departments={departments} lockBasicCode={lockBasicCode} />
        <LimitsSection d={d} errors={errors} />
        <ConditionsSection d={d} errors={errors} />
        <SituationsSection list={situations} errors={errors} />
        <MaterialsSection list={materials} situationNames={situationNames} errors={errors} />
        <StepsSection list={steps} errors={errors} />
        <StagesSection list={stages} departments={departments} errors={errors} />
        <FormFieldsSection list={formFields} errors={errors} />
        <ServiceSection d={d} errors={errors} />
        <ResultSection d={d} errors={errors} />
      </fieldset>
      {!readOnly && (
        <div className="sticky bottom-0 flex justify-end gap-3 border-t border-slate-200 bg-white/95 py-3">
          <Button type="submit" disabled={pending}>
            {submitLabel}
          </Button>
        </div>
      )}
    </form>
  );
}
