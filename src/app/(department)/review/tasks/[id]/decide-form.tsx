'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextareaField } from '@/components/ui/field';
import type { DecisionPreview } from '@/lib/routing/decision-preview';
import { decideTaskAction } from '../../actions';

type Decision = 'APPROVED' | 'DENIED';

/**
 * The decision, confirmed before it is sent: the buttons open a native
 * <dialog> that says what will be issued (the result and certificate, the
 * next stage, or the denial letter with the reasons as typed), and only its
 * confirm button submits.
 */
export function DecideForm({ taskId, lock, preview }: { taskId: string; lock: number; preview: DecisionPreview }) {
  const t = useTranslations('review');
  const tc = useTranslations('taskPage.confirm');
  const { submit, pending, fieldErrors, formRef, summary } = useActionForm(decideTaskAction);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [choice, setChoice] = useState<Decision>('APPROVED');
  const [opinion, setOpinion] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const licensing = preview.licensing ? 'true' : 'false';
  // A refused decision comes back to the form: the dialog steps aside for the error summary.
  useEffect(() => {
    if (summary.failed) dialogRef.current?.close();
  }, [summary.at, summary.failed]);

  function ask(decision: Decision) {
    // A denial must say why (行政许可法 第三十八条): said at the field before anything is confirmed; the server checks again.
    if (decision === 'DENIED' && opinion.trim() === '') {
      setMissingReason(true);
      document.getElementById('opinion')?.focus();
      return;
    }
    setChoice(decision);
    dialogRef.current?.showModal();
  }

  const approval = preview.approval;
  const outcome =
    choice === 'DENIED'
      ? [
          tc('deny', { letter: tc('letterDenied', { licensing }) }),
          ...(preview.cancelledByDenial > 0 ? [tc('cancelled', { count: preview.cancelledByDenial })] : []),
        ]
      : approval.kind === 'waitForOthers'
        ? [tc('waitForOthers', { departments: approval.departments.join('、') })]
        : approval.kind === 'nextStage'
          ? [tc('nextStage', { stage: approval.stageName, departments: approval.departments.join('、') })]
          : [
              tc('conclude', { letter: tc('letterApproved', { licensing }), result: approval.resultName }),
              ...(approval.certificate ? [tc('certificate', { certificate: approval.certificate })] : []),
            ];

  return (
    <Card title={t('decideTitle')}>
      <form ref={formRef} onSubmit={submit} className="space-y-4" noValidate>
        <ErrorSummary {...summary} />
        <input type="hidden" name="taskId" value={taskId} />
        <input type="hidden" name="lock" value={lock} />
        <TextareaField
          id="opinion"
          label={t('opinion')}
          hint={t('opinionHint')}
          errors={missingReason && opinion.trim() === '' ? [t('reasonRequired')] : fieldErrors.opinion}
          maxLength={2000}
          value={opinion}
          onChange={(e) => setOpinion(e.target.value)}
        />
        <div className="flex flex-wrap gap-3">
          <Button type="button" onClick={() => ask('APPROVED')} disabled={pending}>
            {t('approve')}
          </Button>
          <Button type="button" variant="danger" onClick={() => ask('DENIED')} disabled={pending}>
            {t('deny')}
          </Button>
        </div>
        <dialog
          ref={dialogRef}
          aria-labelledby={titleId}
          className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
        >
          <div className="space-y-4 p-5">
            <h2 id={titleId} className="text-lg font-semibold">
              {choice === 'APPROVED' ? tc('approveTitle') : tc('denyTitle')}
            </h2>
            {outcome.map((line) => (
              <p key={line} className="text-sm">
                {line}
              </p>
            ))}
            <div>
              <p className="text-xs text-slate-500">{choice === 'DENIED' ? tc('reason') : tc('opinion')}</p>
              <blockquote className="mt-1 whitespace-pre-wrap break-words rounded-md bg-slate-50 px-3 py-2 text-sm">
                {opinion.trim() || tc('noOpinion')}
              </blockquote>
            </div>
            <div className="flex flex-wrap justify-end gap-3">
              <Button type="button" variant="secondary" onClick={() => dialogRef.current?.close()}>
                {tc('back')}
              </Button>
              <Button type="submit" name="decision" value={choice} variant={choice === 'DENIED' ? 'danger' : 'primary'} disabled={pending} autoFocus>
                {choice === 'APPROVED' ? tc('confirmApprove') : tc('confirmDeny')}
              </Button>
            </div>
          </div>
        </dialog>
      </form>
    </Card>
  );
}
