'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { errorTextOf } from '@/components/forms/error-text';
import { DecisionButtons } from '@/components/forms/decision-buttons';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/field';
import { QUEUE_KINDS } from '@/lib/hall/queue-kinds';
import { callNextTicketAction, finishTicketAction, recallTicketAction } from './actions';

export function CallNextForm({ waiting, defaultKind }: { waiting: { kind: string; count: number }[]; defaultKind?: string }) {
  const t = useTranslations('queue');
  const { state, action, pending, formError } = useActionForm(callNextTicketAction);
  return (
    <form action={action} className="space-y-4" noValidate>
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && (
        <FormAlert tone={state.data ? 'success' : 'error'}>{state.data ? t('desk.called', { code: state.data.code }) : t('desk.nobodyWaiting')}</FormAlert>
      )}
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-700">{t('desk.kind')}</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {QUEUE_KINDS.map((k, i) => (
            <label
              key={k.key}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-3 py-2.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input type="radio" name="kind" value={k.key} defaultChecked={defaultKind ? defaultKind === k.key : i === 0} className="h-4 w-4" />
              <span>
                <span className="font-medium">
                  {k.prefix} · {t(`kinds.${k.key}`)}
                </span>
                <span className="block text-xs text-slate-600">{t('desk.waitingCount', { count: waiting.find((w) => w.kind === k.key)?.count ?? 0 })}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} className="w-full text-base sm:w-auto">
          {pending ? t('desk.calling') : t('desk.callNext')}
        </Button>
        <p className="text-xs text-slate-600">{t('desk.description')}</p>
      </div>
    </form>
  );
}

export function CurrentTicketActions({ ticketId, code }: { ticketId: string; code: string }) {
  const t = useTranslations('queue');
  const [recallState, recall, recalling] = useActionState(recallTicketAction, null);
  const [finishState, finish, finishing] = useActionState(finishTicketAction, null);
  const recallError = errorTextOf(recallState).formError;
  const finishError = errorTextOf(finishState).formError;
  const busy = recalling || finishing;
  return (
    <div className="space-y-3">
      {(recallError || finishError) && <FormAlert>{recallError ?? finishError}</FormAlert>}
      <div className="flex flex-wrap gap-3">
        <form action={recall} noValidate>
          <input type="hidden" name="ticketId" value={ticketId} />
          <Button type="submit" variant="secondary" disabled={busy} aria-label={`${t('desk.recall')} ${code}`}>
            {t('desk.recall')}
          </Button>
        </form>
        <form action={finish} noValidate>
          <input type="hidden" name="ticketId" value={ticketId} />
          <DecisionButtons
            name="outcome"
            pending={busy}
            className="flex flex-wrap gap-3"
            choices={[
              { value: 'SERVED', label: t('desk.served') },
              { value: 'NO_SHOW', label: t('desk.noShow'), variant: 'danger' },
            ]}
          />
        </form>
      </div>
    </div>
  );
}
