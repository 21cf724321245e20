'use client';
import Link from '@/components/ui/link';
import { TextLink } from '@/components/ui/text-link';
import { useFormatter, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { errorTextOf } from '@/components/forms/error-text';
import { FormAlert } from '@/components/ui/field';
import { QUEUE_KINDS } from '@/lib/hall/queue-kinds';
import { takeQueueTicketAction } from './actions';

export function TakeTicket({ waiting }: { waiting: { kind: string; count: number }[] }) {
  const t = useTranslations('queue');
  const format = useFormatter();
  const [state, action, pending] = useActionState(takeQueueTicketAction, null);
  const { formError } = errorTextOf(state);
  // The slip stays until the person taps "done"; the next person then starts afresh.
  const [dismissedAt, setDismissedAt] = useState(0);
  const ticket = state?.ok && state.data && state.at !== dismissedAt ? state.data : null;

  if (ticket) {
    return (
      <section aria-labelledby="ticket-heading" className="overflow-hidden rounded-xl border-2 border-brand-600 bg-white text-center shadow-md">
        <div className="bg-brand-700 px-6 py-3 text-white">
          <h2 id="ticket-heading" className="text-lg font-semibold">
            {t('take.yourNumber')} · {t(`kinds.${ticket.kind}`)}
          </h2>
        </div>
        <div role="status" className="space-y-3 px-6 py-8">
          <p className="font-mono text-7xl font-bold tracking-wider text-brand-800 sm:text-8xl">{ticket.code}</p>
          <p className="text-xl font-medium text-slate-800">{ticket.ahead > 0 ? t('take.ahead', { count: ticket.ahead }) : t('take.noneAhead')}</p>
          <p className="text-sm text-slate-500">
            {t('take.takenAt', { time: format.dateTime(new Date(ticket.takenAt), { hour: '2-digit', minute: '2-digit' }) })}
          </p>
          <p className="mx-auto max-w-md text-sm text-slate-600">{t('take.watchScreen')}</p>
        </div>
        <div className="flex flex-wrap justify-center gap-3 border-t border-slate-100 px-6 py-4">
          <button
            type="button"
            onClick={() => setDismissedAt(state!.at)}
            className="min-h-12 rounded-md bg-brand-600 px-6 py-3 text-base font-medium text-white hover:bg-brand-700"
          >
            {t('take.another')}
          </button>
          <Link
            href="/hall"
            className="inline-flex min-h-12 items-center rounded-md px-6 py-3 text-base font-medium text-brand-700 ring-1 ring-inset ring-brand-200 hover:bg-brand-50"
          >
            {t('take.hallScreen')}
          </Link>
        </div>
      </section>
    );
  }

  return (
    <form action={action} className="space-y-4" noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      <h2 className="text-base font-semibold text-slate-800">{t('take.choose')}</h2>
      <div className="grid gap-4 sm:grid-cols-3">
        {QUEUE_KINDS.map((k) => (
          <button
            key={k.key}
            type="submit"
            name="kind"
            value={k.key}
            disabled={pending}
            className="group flex min-h-44 flex-col items-center justify-center gap-2 rounded-xl border-2 border-brand-200 bg-white p-5 text-center shadow-sm transition-colors hover:border-brand-600 hover:bg-brand-50 disabled:cursor-wait disabled:opacity-60"
          >
            <span
              aria-hidden="true"
              className="flex h-14 w-14 items-center justify-center rounded-full bg-brand-700 font-mono text-2xl font-bold text-white group-hover:bg-brand-800"
            >
              {k.prefix}
            </span>
            <span className="text-xl font-bold text-slate-900">{t(`kinds.${k.key}`)}</span>
            <span className="text-sm text-slate-600">{t(`kindHints.${k.key}`)}</span>
            <span className="text-xs font-medium text-brand-700">{t('take.waitingNow', { count: waiting.find((w) => w.kind === k.key)?.count ?? 0 })}</span>
          </button>
        ))}
      </div>
      {pending && (
        <p role="status" className="text-center text-sm text-slate-600">
          {t('take.taking')}
        </p>
      )}
      <p className="text-center text-sm">
        <TextLink href="/hall">{t('take.hallScreen')}</TextLink>
      </p>
    </form>
  );
}
