'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { ProvisionalDueNote, StoppedClockNote } from '@/components/clock/stopped-clock-note';
import { errorTextOf } from '@/components/forms/error-text';
import { Fact } from '@/components/ui/fact';
import { Badge } from '@/components/ui/badge';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert, InputField } from '@/components/ui/field';
import { TimelineList } from '@/components/applications/timeline-list';
import type { ActionState } from '@/lib/action';
import { lookupProgressAction } from './actions';
import type { TrackedProgress } from '@/lib/progress/progress-in-words';

// The two fields: their message keys, length limits and example.
const FIELDS = [
  { id: 'receiptNumber', hint: 'track.receiptHint', maxLength: 40, placeholder: '511602-20261123-00001' },
  { id: 'checkCode', hint: 'track.checkHint', maxLength: 20, placeholder: undefined },
] as const;

/** `initial` is the lookup of a QR code's address (`/track?no=&code=`), shown without pressing the button. */
export function TrackForm({ initial = null, ...prefilled }: { initial?: ActionState<TrackedProgress>; receiptNumber?: string; checkCode?: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const [state, action, pending] = useActionState(lookupProgressAction, initial);
  const { formError, fieldErrors } = errorTextOf(state);
  // Controlled, so a refused lookup keeps what was typed (a form action resets uncontrolled fields).
  const [values, setValues] = useState({ receiptNumber: prefilled.receiptNumber ?? '', checkCode: prefilled.checkCode ?? '' });
  const progress = state?.ok ? state.data : undefined;
  const when = (d: Date | null | undefined) => (d ? format.dateTime(new Date(d), { dateStyle: 'medium', timeStyle: 'short' }) : '—');
  const statusText = (status: string, decision: string | null) => (status === 'DECIDED' && decision ? t(`status.DECIDED_${decision}`) : t(`status.${status}`));
  return (
    <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
      <Card title={t('track.formTitle')}>
        <form action={action} className="space-y-4" noValidate>
          {formError && <FormAlert>{state && !state.ok && state.error === 'NOT_FOUND' ? t('track.notFound') : formError}</FormAlert>}
          {FIELDS.map((f) => (
            <InputField
              key={f.id}
              id={f.id}
              label={t(`track.${f.id}`)}
              hint={t(f.hint)}
              errors={fieldErrors[f.id]}
              required
              autoComplete="off"
              maxLength={f.maxLength}
              value={values[f.id]}
              onChange={(e) => setValues({ ...values, [f.id]: e.target.value })}
              placeholder={f.placeholder}
            />
          ))}
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
                <Badge tone={progress.decision === 'DENIED' ? 'red' : progress.status === 'DECIDED' || progress.status === 'DELIVERED' ? 'green' : 'blue'}>
                  {statusText(progress.status, progress.decision)}
                </Badge>
              </Fact>
              {!progress.decidedAt && (
                <Fact label={t('track.currentDepartment')}>
                  {progress.currentDepartments.length ? format.list(progress.currentDepartments) : t('track.noCurrentDepartment')}
                </Fact>
              )}
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
              <TimelineList events={progress.timeline} />
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
