'use client';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { errorTextOf } from '@/components/forms/error-text';
import { Button, SubmitButton } from '@/components/ui/button';
import { Field, FieldErrors, FormAlert, Input, Textarea } from '@/components/ui/field';
import { mergeItemsAction, splitItemAction } from './actions';

type Candidate = { id: string; basicCode: string; name: string; department: string };

// Submitted without the form reset of React form actions, so what the admin typed stays when an error comes back.
function useKeptForm(action: typeof mergeItemsAction) {
  const [state, formAction, pending] = useActionState(action, null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, submit, pending };
}

function Identity({ prefix, errors }: { prefix: string; errors: Record<string, string[]> }) {
  const t = useTranslations('succession');
  const e = (f: string) => errors[`${prefix}${f}`];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id={`${prefix}name`} label={t('name')} errors={e('name')} required>
        <Input id={`${prefix}name`} errors={e('name')} />
      </Field>
      <Field id={`${prefix}basicCode`} label={t('basicCode')} hint={t('basicCodeHint')} errors={e('basicCode')} required>
        <Input id={`${prefix}basicCode`} errors={e('basicCode')} hint autoComplete="off" />
      </Field>
      <Field id={`${prefix}implementationCode`} label={t('implementationCode')} errors={e('implementationCode')}>
        <Input id={`${prefix}implementationCode`} errors={e('implementationCode')} autoComplete="off" />
      </Field>
    </div>
  );
}

export function MergeForm({ itemId, itemName, candidates }: { itemId: string; itemName: string; candidates: Candidate[] }) {
  const t = useTranslations('succession');
  const { state, submit, pending } = useKeptForm(mergeItemsAction);
  const { formError, fieldErrors } = errorTextOf(state);
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const q = filter.trim().toLowerCase();
  const shown = candidates.filter((c) => chosen.includes(c.id) || !q || `${c.name} ${c.basicCode} ${c.department}`.toLowerCase().includes(q));
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="itemIds" value={itemId} />
      <fieldset className="space-y-3" aria-describedby={fieldErrors.itemIds ? 'itemIds-error' : undefined}>
        <legend className="text-base font-semibold text-slate-800">{t('mergeWith')}</legend>
        <p className="text-sm text-slate-600">{t('mergeWithHint', { name: itemName })}</p>
        <FieldErrors id="itemIds" errors={fieldErrors.itemIds} />
        <Field id="merge-filter" label={t('filter')}>
          <Input id="merge-filter" name="_filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
        </Field>
        <p className="text-sm text-slate-600" aria-live="polite">
          {t('chosenCount', { count: chosen.length })}
        </p>
        <ul className="max-h-80 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 bg-white">
          {shown.map((c) => (
            <li key={c.id}>
              <label htmlFor={`merge-${c.id}`} className="flex min-h-11 cursor-pointer items-start gap-3 px-3 py-2 text-sm hover:bg-slate-50">
                <input
                  id={`merge-${c.id}`}
                  type="checkbox"
                  name="itemIds"
                  value={c.id}
                  checked={chosen.includes(c.id)}
                  onChange={(e) => setChosen((ids) => (e.target.checked ? [...ids, c.id] : ids.filter((id) => id !== c.id)))}
                  className="mt-0.5 size-4 shrink-0"
                />
                <span>
                  <span className="font-medium text-slate-900">{c.name}</span>
                  <span className="block text-xs text-slate-500">
                    {c.basicCode} · {c.department}
                  </span>
                </span>
              </label>
            </li>
          ))}
          {shown.length === 0 && <li className="px-3 py-4 text-sm text-slate-500">{t('noMatch')}</li>}
        </ul>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-800">{t('result')}</legend>
        <p className="text-sm text-slate-600">{t('mergeResultHint', { name: itemName })}</p>
        <Identity prefix="" errors={fieldErrors} />
      </fieldset>

      <Field id="merge-reason" label={t('reason')} errors={fieldErrors.reason} required>
        <Textarea id="merge-reason" name="reason" errors={fieldErrors.reason} rows={2} />
      </Field>
      <SubmitButton pending={pending}>{t('submitMerge')}</SubmitButton>
    </form>
  );
}

let nextKey = 0;

export function SplitForm({ itemId, situations }: { itemId: string; situations: string[] }) {
  const t = useTranslations('succession');
  const { state, submit, pending } = useKeptForm(splitItemAction);
  const { formError, fieldErrors } = errorTextOf(state);
  const [parts, setParts] = useState(() => [nextKey++, nextKey++]);
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" name="itemId" value={itemId} />
      <FieldErrors id="parts" errors={fieldErrors.parts} />
      {parts.map((key, i) => {
        const prefix = `parts.${i}.`;
        return (
          <fieldset key={key} className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4">
            <legend className="px-1 text-base font-semibold text-slate-800">{t('part', { n: i + 1 })}</legend>
            {parts.length > 2 && (
              <div className="flex justify-end">
                <Button type="button" variant="ghost" onClick={() => setParts((rows) => rows.filter((k) => k !== key))}>
                  {t('removePart', { n: i + 1 })}
                </Button>
              </div>
            )}
            <Identity prefix={prefix} errors={fieldErrors} />
            {situations.length > 0 && (
              <fieldset>
                <legend className="text-sm font-medium text-slate-800">{t('partSituations')}</legend>
                <p className="text-xs text-slate-500">{t('partSituationsHint')}</p>
                <div className="mt-1 flex flex-wrap gap-x-5">
                  {situations.map((s, k) => (
                    <label key={s} htmlFor={`${prefix}situations.${k}`} className="flex min-h-10 items-center gap-2 text-sm">
                      <input id={`${prefix}situations.${k}`} type="checkbox" name={`${prefix}situations`} value={s} className="size-4" />
                      {s}
                    </label>
                  ))}
                </div>
              </fieldset>
            )}
          </fieldset>
        );
      })}
      <Button type="button" variant="secondary" onClick={() => setParts((rows) => [...rows, nextKey++])}>
        {t('addPart')}
      </Button>
      <Field id="split-reason" label={t('reason')} errors={fieldErrors.reason} required>
        <Textarea id="split-reason" name="reason" errors={fieldErrors.reason} rows={2} />
      </Field>
      <div>
        <SubmitButton pending={pending}>{t('submitSplit')}</SubmitButton>
      </div>
    </form>
  );
}
