'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { Field, Input, Textarea } from '@/components/ui/field';
import type { SaveStatus } from './use-draft-autosave';

/** Who to call about the application; the card's corner tells whether the draft is saved. */
export function ContactSection({
  defaults,
  fieldErrors,
  status,
}: {
  defaults: { contactName: string; contactPhone: string; note: string };
  fieldErrors: Record<string, string[]>;
  status: SaveStatus;
}) {
  const t = useTranslations();
  return (
    <Card title={t('apply.contact')} actions={<SaveStatusLine status={status} />}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="contactName" label={t('apply.contactName')} required errors={fieldErrors.contactName}>
          <Input id="contactName" defaultValue={defaults.contactName} errors={fieldErrors.contactName} required autoComplete="name" />
        </Field>
        <Field id="contactPhone" label={t('apply.contactPhone')} required errors={fieldErrors.contactPhone}>
          <Input id="contactPhone" defaultValue={defaults.contactPhone} errors={fieldErrors.contactPhone} required inputMode="tel" autoComplete="tel" />
        </Field>
        <div className="sm:col-span-2">
          <Field id="note" label={t('apply.note')} errors={fieldErrors.note}>
            <Textarea id="note" defaultValue={defaults.note} errors={fieldErrors.note} maxLength={500} />
          </Field>
        </div>
      </div>
    </Card>
  );
}

function SaveStatusLine({ status }: { status: SaveStatus }) {
  const t = useTranslations('drafts');
  const format = useFormatter();
  const text =
    status.kind === 'saving'
      ? t('saving')
      : status.kind === 'saved'
        ? t('savedAt', { time: format.dateTime(status.at, { hour: '2-digit', minute: '2-digit' }) })
        : status.kind === 'error'
          ? t('saveFailed')
          : t('notSaved');
  return (
    <p role="status" aria-live="polite" className={`text-xs ${status.kind === 'error' ? 'text-seal-700' : 'text-slate-500'}`}>
      {status.kind === 'saved' && (
        <span aria-hidden="true" className="mr-1 text-emerald-600">
          ●
        </span>
      )}
      {text}
    </p>
  );
}
