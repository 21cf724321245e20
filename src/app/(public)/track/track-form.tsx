'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { ProvisionalDueNote, StoppedClockNote } from '@/components/clock/stopped-clock-note';
import { useErrorText } from '@/components/forms/use-error-text';
import { Fact } from '@/components/ui/fact';
import { Badge } from '@/components/ui/badge';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert, InputField } from '@/components/ui/field';
import { auditActionText } from '@/i18n/audit-text';
import type { ActionState } from '@/lib/action';
import type { PublicProgress } from '@/lib/progress/lookup-progress';
import { lookupProgressAction } from './actions';

/** `initial` is the lookup of a QR code's address (`/track?no=&code=`), shown without pressing the button. */
export function TrackForm({ initial = null, ...prefilled }: { initial?: ActionState<PublicProgress>; receiptNumber?: string; checkCode?: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const [state, action, pending] = useActionState(lookupProgressAction, initial);
  const { formError, fieldErrors } = useErrorText(state);
  // Controlled, so a refused lookup keeps what was typed (a form action resets uncontrolled fields).
  const [receiptNumber, setReceiptNumber] = useState(prefilled.receiptNumber ?? '');
  const [checkCode, setCheckCode] = useState(prefilled.checkCode ?? '');
  const progress = state?.ok ? state.data : undefined;
  const when = (d: Date | null | undefined) => (d ? format.dateTime(new Date(d), { dateStyle: 'medium', timeStyle: 'short' }) : '—');
  const statusText = (status: string, decision: string | null) => (status === 'DECIDED' && decision ? t(`status.DECIDED_${decision}`) : t(`status.${status}`));
  return (
    <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
      <Card title={t('track.formTitle')}>
        <form action={action} className="space-y-4">
          {formError && <FormAlert>{state && !state.ok && state.error === 'NOT_FOUND' ? t('track.notFound') : formError}</FormAlert>}
          <InputField
            id="receiptNumber"
            label={t('track.receiptNumber')}
            hint={t('track.receiptHint')}
            errors={fieldErrors.receiptNumber}
            required
            autoComplete="off"
            maxLength={40}
            value={receiptNumber}
            onChange={(e) => setReceiptNumber(e.target.value)}
            placeholder="511602-20261123-00001"
          />
          <InputField
            id="checkCode"
            label={t('track.checkCode')}
            hint={t('track.checkHint')}
            errors={fieldErrors.checkCode}
            required
            autoComplete="off"
            maxLength={20}
            value={checkCode}
            onChange={(e) => setCheckCode(e.target.value)}
          />
          <SubmitButton pending={pending}>{pending ? t('track.searching') : t('track.search')}</SubmitButton>
          <p className="text-xs text-slate-500">{t('track.privacy')}</p>
        </form>
      </Card>
      {progress ? (
        <Card title={progress.itemName}>
          <div aria-live="polite" className="space-y-5">
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              <Fact label={t('track.receiptNumber')} className="font-mono">
                {progress.receiptNumber}
              </Fact>
              <Fact label={t('track.status')}>
                <Badge tone={progress.status === 'DECIDED' || progress.status === 'DELIVERED' ? 'green' : 'blue'}>
                  {statusText(progress.status, progress.decision)}
                </Badge>
              </Fact>
              <Fact label={t('track.currentDepartment')}>
                {progress.currentDepartments.length ? format.list(progress.currentDepartments) : t('track.noCurrentDepartment')}
              </Fact>
              <Fact label={t('track.responsibleDepartment')}>{progress.responsibleDepartment}</Fact>
              <Fact label={t('track.acceptedAt')}>{when(progress.acceptedAt)}</Fact>
              <Fact label={progress.decidedAt ? t('track.decidedAt') : t('track.dueAt')}>
                {progress.decidedAt ? when(progress.decidedAt) : when(progress.dueAt)}
                {!progress.decidedAt && <ProvisionalDueNote provisional={progress.dueProvisional} />}
                <StoppedClockNote stopped={progress.stopped} />
              </Fact>
            </dl>
            <section>
              <h3 className="mb-3 text-sm font-semibold text-slate-800">{t('track.timeline')}</h3>
              <ol className="relative space-y-4 border-l-2 border-brand-100 pl-6">
                {progress.timeline.map((e) => (
                  <li key={e.id} className="relative">
                    <span
                      aria-hidden="true"
                      className="absolute -left-[1.95rem] top-1 h-3.5 w-3.5 rounded-full border-2 border-white bg-brand-600 ring-2 ring-brand-100"
                    />
                    <p className="font-medium">{auditActionText(t, e.action)}</p>
                    <p className="text-xs text-slate-500">
                      <time dateTime={new Date(e.at).toISOString()}>{when(e.at)}</time>
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          </div>
        </Card>
      ) : (
        <Card>
          <p className="text-sm text-slate-600">{t('track.intro')}</p>
        </Card>
      )}
    </div>
  );
}
