import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { statusTone } from '@/components/applications/status-tone';
import { ButtonLink } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Choices } from '@/components/ui/choices';
import { Table } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/session';
import { HANDLING_CLASSES } from '@/lib/enums';
import { countOverdueFollowUps } from '@/lib/supervision/count-overdue-follow-ups';
import { caseSearchSchema, findCases } from '@/lib/supervision/find-cases';
import { listBoardOptions } from '@/lib/supervision/list-board-options';
import { listSupervisionBoard } from '@/lib/supervision/list-supervision-board';
import { boardFilterSchema } from '@/lib/supervision/schemas';
import { BoardRows, type BoardRow } from './board-rows';
import { CaseSearchCard } from './case-search';
import { ProvisionalCalendarBanner } from '@/components/clock/provisional-calendar-banner';
import { StoppedClockNote } from '@/components/clock/stopped-clock-note';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('oversee'))('title') };
}

// globals.css: one short class for the controls of the supervision forms.
const control = 'control';

export default async function DeadlineBoard({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor(['SUPERVISOR'], '/oversee');
  const params = await searchParams;
  const filter = boardFilterSchema.parse(params);
  const search = caseSearchSchema.parse(params);
  const [t, format, board, options, followUps, found] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listSupervisionBoard(actor, filter),
    listBoardOptions(actor),
    countOverdueFollowUps(actor),
    findCases(actor, search),
  ]);
  // The rectification and complaint lists are the supervisor's; an admin sees the counts only.
  const handles = actor.role === 'SUPERVISOR';
  const when = (d: Date | null | undefined) => (d ? format.dateTime(d, { dateStyle: 'short', timeStyle: 'short' }) : '—');
  const query = (extra: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filter, after: undefined, ...extra })) if (v) params.set(k, v);
    return `/oversee?${params.toString()}`;
  };
  const select = (name: keyof typeof filter, label: string, choices: { value: string; label: string }[]) => (
    <label className="control-label">
      {label}
      <select name={name} defaultValue={filter[name] ?? ''} className={control}>
        <option value="">{t('supervision.all')}</option>
        <Choices items={choices.map((c) => [c.value, c.label] as const)} />
      </select>
    </label>
  );
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('oversee.title')}
        description={t('oversee.description')}
        actions={
          <div className="flex flex-wrap gap-2">
            {/* The thresholds on a page of their own: the form and its messages weighed on every load of the board. */}
            {(
              [
                ['/oversee/bundles', 'bundles.board.title'],
                ['/oversee/statistics', 'supervision.statisticsLink'],
                ['/oversee/thresholds', 'supervision.thresholdsTitle'],
              ] as const
            ).map(([href, label]) => (
              <ButtonLink key={href} href={href} variant="secondary">
                {t(label)}
              </ButtonLink>
            ))}
          </div>
        }
      />
      <ProvisionalCalendarBanner />
      <CaseSearchCard search={search} found={found} />
      <nav aria-label={t('supervision.kind')} className="flex gap-2">
        {(['case', 'step'] as const).map((k) => (
          <Link key={k} href={query({ kind: k })} aria-current={filter.kind === k ? 'page' : undefined} className="tab">
            {t(`supervision.kinds.${k}`)}
          </Link>
        ))}
      </nav>
      <Card title={t('followUps.title')}>
        <dl className="grid grid-cols-3 gap-2 sm:gap-3">
          {(
            [
              ['overdueRectifications', followUps.overdueRectifications, '/oversee/rectifications', 'toRectifications'],
              ['awaitingReview', followUps.awaitingReview, '/oversee/rectifications', 'toRectifications'],
              ['overdueComplaints', followUps.overdueComplaints, '/oversee/complaints', 'toComplaints'],
            ] as const
          ).map(([key, count, href, link]) => (
            <div key={key} className={count > 0 ? 'tile tile-alert' : 'tile'}>
              <dt className="tile-label">{t(`followUps.${key}`)}</dt>
              <dd className={count > 0 ? 'tile-count text-red-700' : 'tile-count'}>{count}</dd>
              {handles && count > 0 && (
                <dd>
                  <Link href={href} className="text-sm text-brand-700 underline">
                    {t(`followUps.${link}`)}
                  </Link>
                </dd>
              )}
            </div>
          ))}
        </dl>
        {followUps.overdueRectifications + followUps.overdueComplaints === 0 && <p className="mt-3 text-sm text-slate-600">{t('followUps.allClear')}</p>}
      </Card>
      <Card title={t('supervision.filters')}>
        <form method="get" action="/oversee" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" noValidate>
          <input type="hidden" name="kind" value={filter.kind} />
          {select('level', t('supervision.level'), [
            { value: 'WARNED', label: t('supervision.warned') },
            ...(['RED', 'YELLOW', 'GREEN'] as const).map((w) => ({ value: w, label: t(`warning.${w}`) })),
          ])}
          {select(
            'departmentId',
            t('supervision.department'),
            options.departments.map((d) => ({ value: d.id, label: d.name })),
          )}
          {select(
            'windowId',
            t('supervision.window'),
            options.windows.map((w) => ({ value: w.id, label: w.name })),
          )}
          {select(
            'itemId',
            t('supervision.item'),
            options.items.map((i) => ({ value: i.id, label: i.name })),
          )}
          {select(
            'handlingClass',
            t('supervision.handlingClass'),
            HANDLING_CLASSES.map((h) => ({ value: h, label: t(`supervision.handlingClasses.${h}`) })),
          )}
          <label className="control-label">
            {filter.kind === 'case' ? t('supervision.acceptedFrom') : t('supervision.openedFrom')}
            <input type="date" name="from" defaultValue={filter.from ?? ''} className={control} />
          </label>
          <label className="control-label">
            {t('supervision.dateTo')}
            <input type="date" name="to" defaultValue={filter.to ?? ''} className={control} />
          </label>
          <div className="flex items-end gap-3">
            <button type="submit" className="btn btn-primary">
              {t('supervision.apply')}
            </button>
            <Link href={`/oversee?kind=${filter.kind}`} className="text-sm text-brand-700 underline">
              {t('supervision.reset')}
            </Link>
          </div>
        </form>
      </Card>
      {board.rows.length === 0 ? (
        <EmptyState>{t('oversee.empty')}</EmptyState>
      ) : (
        <Table
          cards
          caption={t(`supervision.kinds.${board.kind}`)}
          head={[
            t('oversee.warning'),
            t('oversee.case'),
            board.kind === 'step' ? t('supervision.step') : t('oversee.department'),
            t('oversee.status'),
            board.kind === 'step' ? t('supervision.openedAt') : t('oversee.acceptedAt'),
            board.kind === 'step' ? t('supervision.stepDue') : t('oversee.promisedDue'),
            // Both due dates are watched (domain.md); the colour and the time left are against the promise.
            ...(board.kind === 'case' ? [t('oversee.statutoryDue')] : []),
            t('oversee.remaining'),
          ]}
        >
          <BoardRows
            statutory={board.kind === 'case'}
            warnings={{ RED: t('warning.RED'), YELLOW: t('warning.YELLOW'), GREEN: t('warning.GREEN') }}
            provisional={{ mark: t('clock.provisionalDue'), note: t('clock.provisionalDueNote') }}
            rows={board.rows.map((r): BoardRow => ({
              a: r.applicationId,
              i: r.itemName,
              n: r.receiptNumber,
              d: r.stageName ? `${r.stageName} · ${r.department}` : r.department,
              w: r.warning,
              s: statusTone(r.status),
              t: t(`status.${r.status}`),
              o: when(r.startedAt),
              u: when(r.dueAt),
              ...(board.kind === 'case' ? { l: when('statutoryDueAt' in r ? r.statutoryDueAt : null) } : {}),
              ...(r.provisional ? { p: true } : {}),
              ...(r.stopped ? { r: <StoppedClockNote stopped={r.stopped} />, x: true } : { r: t('oversee.days', { days: r.remainingDays }) }),
            }))}
          />
        </Table>
      )}
      <div className="flex gap-3">
        {filter.after && (
          <ButtonLink href={query({})} variant="secondary">
            {t('supervision.firstPage')}
          </ButtonLink>
        )}
        {board.next && (
          <ButtonLink href={query({ after: board.next })} variant="secondary">
            {t('supervision.nextPage')}
          </ButtonLink>
        )}
      </div>
    </div>
  );
}
