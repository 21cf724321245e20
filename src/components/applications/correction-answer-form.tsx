'use client';
import type { ComponentType, ReactNode, RefObject } from 'react';
import { useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/forms/error-summary';
import type { ErrorSummaryState } from '@/components/forms/use-error-summary';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

export type CorrectionItem = { materialId: string; name: string; status: 'MISSING' | 'DEFECTIVE'; reason: string };
/** A correction notice still open: what it asks for and the clerk's note. */
export type CorrectionNotice = { applicationId: string; items: CorrectionItem[]; note: string | null };

/** What the notice says of one material: missing or defective, and why. */
export function CorrectionReason({ item }: { item: CorrectionItem }) {
  const t = useTranslations('intake.correction.status');
  return (
    <p className="text-sm text-slate-600">
      <span className="font-medium text-red-700">{t(item.status)}</span>：{item.reason}
    </p>
  );
}

/**
 * The answer to a correction notice (一次性告知), by the applicant online or by
 * the clerk at the window: the notice, a line per material it asks for
 * (`Line` renders what goes in it, with the material's errors), then `children` (more fields) and the submit;
 * worded from `namespace` (title, intro, submit, submitting).
 */
export function CorrectionAnswerForm({
  namespace,
  form: { action, pending, formRef, summary, fieldErrors },
  note,
  applicationId,
  items,
  Line,
  children,
}: CorrectionNotice & {
  namespace: 'intake.correction' | 'windowCorrection';
  form: {
    action: (data: FormData) => void;
    pending: boolean;
    formRef: RefObject<HTMLFormElement | null>;
    summary: ErrorSummaryState;
    fieldErrors: Record<string, string[]>;
  };
  Line: ComponentType<{ item: CorrectionItem; index: number; errors?: string[] }>;
  children?: ReactNode;
}) {
  const t = useTranslations();
  const words = useTranslations(namespace);
  return (
    <Card title={words('title')}>
      <form ref={formRef} action={action} className="space-y-4" noValidate>
        <input type="hidden" name="applicationId" value={applicationId} />
        <p className="text-sm text-slate-700">{words('intro', { count: items.length })}</p>
        {note && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{note}</p>}
        <ErrorSummary {...summary} />
        <ol className="divide-y divide-slate-100">
          {items.map((it, index) => (
            <li key={it.materialId} className="py-3">
              <Line item={it} index={index} errors={fieldErrors[`material.${it.materialId}`]} />
            </li>
          ))}
        </ol>
        <p className="text-xs text-slate-500">{t('apply.fileRules')}</p>
        {children}
        <div className="flex justify-end">
          <SubmitButton pending={pending}>{pending ? words('submitting') : words('submit')}</SubmitButton>
        </div>
      </form>
    </Card>
  );
}
