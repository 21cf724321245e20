'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, FieldErrors, FormAlert, Input, Textarea } from '@/components/ui/field';
import { useErrorText } from '@/components/forms/use-error-text';
import { submitApplicationAction } from '../../actions';

type Material = { id: string; name: string; form: string; copies: number; note: string | null; heldCertificate: string | null };

export function ApplyForm(props: {
  versionId: string;
  submitKey: string;
  situationIds: string[];
  materials: Material[];
  defaults: { contactName: string; contactPhone: string };
}) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(submitApplicationAction, null);
  const { formError, fieldErrors } = useErrorText(state);
  const saved = props.materials.filter((m) => m.heldCertificate).length;

  return (
    <form action={action} className="space-y-6" noValidate>
      <input type="hidden" name="versionId" value={props.versionId} />
      <input type="hidden" name="submitKey" value={props.submitKey} />
      {props.situationIds.map((id) => (
        <input key={id} type="hidden" name="situationIds" value={id} />
      ))}
      {formError && <FormAlert>{formError}</FormAlert>}

      <Card title={t('apply.contact')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="contactName" label={t('apply.contactName')} required errors={fieldErrors.contactName}>
            <Input id="contactName" defaultValue={props.defaults.contactName} errors={fieldErrors.contactName} required autoComplete="name" />
          </Field>
          <Field id="contactPhone" label={t('apply.contactPhone')} required errors={fieldErrors.contactPhone}>
            <Input id="contactPhone" defaultValue={props.defaults.contactPhone} errors={fieldErrors.contactPhone} required inputMode="tel" autoComplete="tel" />
          </Field>
          <div className="sm:col-span-2">
            <Field id="note" label={t('apply.note')} errors={fieldErrors.note}>
              <Textarea id="note" errors={fieldErrors.note} maxLength={500} />
            </Field>
          </div>
        </div>
      </Card>

      <Card title={t('apply.materials')}>
        {saved > 0 && (
          <p className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" role="status">
            {t('apply.savedByLibrary', { count: saved })}
          </p>
        )}
        <p className="mb-4 text-sm text-slate-600">{t('apply.fileRules')}</p>
        <ul className="divide-y divide-slate-100">
          {props.materials.map((m) => {
            const id = `file-${m.id}`;
            const errors = fieldErrors[`material.${m.id}`];
            return (
              <li key={m.id} className="py-3">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0 flex-1">
                    <label htmlFor={id} className="font-medium">
                      {m.name}
                    </label>
                    <p className="text-xs text-slate-500">
                      {t(`materialForm.${m.form}`)} · {t('catalog.copies', { copies: m.copies })}
                      {m.note ? ` · ${m.note}` : ''}
                    </p>
                    {m.heldCertificate && <p className="mt-1 text-sm text-emerald-700">✓ {t('apply.held', { certificate: m.heldCertificate })}</p>}
                  </div>
                  <input
                    id={id}
                    name={`file:${m.id}`}
                    type="file"
                    multiple
                    accept="application/pdf,image/jpeg,image/png"
                    aria-invalid={errors ? true : undefined}
                    aria-describedby={errors ? `${id}-error` : undefined}
                    className="max-w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-700"
                  />
                </div>
                <FieldErrors id={id} errors={errors} />
              </li>
            );
          })}
        </ul>
      </Card>

      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? t('apply.submitting') : t('apply.submit')}
        </Button>
      </div>
    </form>
  );
}
