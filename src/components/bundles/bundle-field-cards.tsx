'use client';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { BundleFieldInput, type FormFieldView } from './bundle-field-input';

/** A bundle's one form: the fields several members share, and each member's own. */
export type BundleFields = { shared: FormFieldView[]; byMember: { code: string; name: string; fields: FormFieldView[] }[] };

/**
 * The fields of a bundle's one form (一表申请), online and at the window alike:
 * the shared ones once, then each member's own. Controlled (`answers`), so a
 * refused submission keeps what was typed; each field's errors are `answers.<key>`.
 */
export function BundleFieldCards({
  namespace,
  fields: { shared, byMember },
  answers,
  onAnswers,
  fieldErrors,
}: {
  /** Where the card titles are worded (`shared`, `sharedHint`, `memberFields`). */
  namespace: 'bundles.apply' | 'bundleFlow.walkIn';
  fields: BundleFields;
  answers: Record<string, string>;
  onAnswers: (answers: Record<string, string>) => void;
  fieldErrors: Record<string, string[]>;
}) {
  const t = useTranslations(namespace);
  const field = (f: FormFieldView) => (
    <BundleFieldInput
      key={f.key}
      f={f}
      errors={fieldErrors[`answers.${f.key}`]}
      value={answers[f.key] ?? ''}
      onChange={(v) => onAnswers({ ...answers, [f.key]: v })}
    />
  );
  return (
    <>
      {shared.length > 0 && (
        <Card title={t('shared')}>
          <p className="mb-4 text-sm text-slate-600">{t('sharedHint')}</p>
          <div className="grid gap-4 sm:grid-cols-2">{shared.map(field)}</div>
        </Card>
      )}
      {byMember.map((m) => (
        <Card key={m.code} title={t('memberFields', { name: m.name })}>
          <div className="grid gap-4 sm:grid-cols-2">{m.fields.map(field)}</div>
        </Card>
      ))}
    </>
  );
}
