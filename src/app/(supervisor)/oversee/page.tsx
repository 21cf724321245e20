import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getLocale, getTranslations } from '@/i18n/server';
import { timeZone } from '@/i18n/config';
import { statusTone } from '@/components/applications/status-tone';
import { ButtonLink } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Choices } from '@/components/ui/choices';
import { Table } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/session';
import { HANDLING_CLASSES } from '@/lib/enums';
import { countOverdueFollowUps } from '@/lib/supervision/count-overdue-follow-ups';
import { caseSearchSchema, findCases } from '@/lib/supervision/find-cases';
import { resolveBoardFilter } from '@/lib/supervision/board-filter-choices';
import { listBoardWindows } from '@/lib/supervision/list-board-windows';
import { listSupervisionBoard } from '@/lib/supervision/list-supervision-board';
import { boardFilterSchema } from '@/lib/supervision/schemas';
import { BoardRows, type BoardRow } from './board-rows';
import { CaseSearchCard } from './case-search';
import { FilterCombobox } from './filter-combobox';
import { ProvisionalCalendarBanner } from '@/components/clock/provisional-calendar-banner';
import { StoppedClockNote } from '@/components/clock/stopped-clock-note-server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('oversee'))('title') };
}

// globals.css: one short class for the controls of the supervision forms.
const control = 'control';

export default async function DeadlineBoard({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor(['SUPERVISOR'], '/oversee');
  const params = await searchParams;
  const search = caseSearchSchema.parse(params);
  // The department and item typed or picked become ids first (no query when neither is set).
  const resolved = await resolveBoardFilter(actor, boardFilterSchema.parse(params));
  const { filter } = resolved;
  const [t, locale, board, windows, followUps, found] = await Promise.all([
    getTranslations(),
    getLocale(),
    listSupervisionBoard(actor, filter),
    listBoardWindows(actor),
    countOverdueFollowUps(actor),
    findCases(actor, search),
  ]);
  // The rectification and complaint lists are the supervisor's; an admin sees the counts only.
  const handles = actor.role === 'SUPERVISOR';
  // One formatter for the page's sixty dates: the request's formatter resolves the locale and options on every call.
  const stamp = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone });
  const when = (d: Date | null | undefined) => (d ? stamp.format(d) : '—');
  const query = (extra: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filter, after: undefined, ...extra })) if (v) params.set(k, v);
    return `/oversee?${params.toString()}`;
  };
  const typeAhead = (field: 'department' | 'item') => (
    <FilterCombobox
      field={field}
      chosen={resolved[field].chosen}
      text={resolved[field].text}
      texts={{
        label: t(`supervision.${field}`),
        placeholder: t(`supervision.typeAhead.placeholder.${field}`),
        hint: t('supervision.typeAhead.hint'),
        count: t('supervision.typeAhead.count'),
        none: t('supervision.typeAhead.none'),
        error: t('supervision.typeAhead.error'),
      }}
    />
  );
  // A name typed without picking (or without JavaScript) that named no single department or item.
  const unresolved = (['department', 'item'] as const).filter((f) => resolved[f].text && !resolved[f].chosen);
  const select = (name: 'level' | 'windowId' | 'handlingClass', label: string, choices: { value: string; label: string }[]) => (
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
          {typeAhead('department')}
          {select(
            'windowId',
            t('supervision.window'),
            windows.map((w) => ({ value: w.id, label: w.name })),
          )}
          {typeAhead('item')}
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
        {unresolved.map((field) => (
          <div key={field} role="status" className="mt-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-slate-800">
            <p>
              {t(resolved[field].matches.length ? 'supervision.typeAhead.several' : 'supervision.typeAhead.noMatch', {
                field: t(`supervision.${field}`),
                text: resolved[field].text,
              })}
            </p>
            {resolved[field].matches.length > 0 && (
              <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
                {resolved[field].matches.map((m) => (
                  <li key={m.id}>
                    <Link href={query({ [`${field}Id`]: m.id })} className="text-brand-700 underline">
                      {m.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {resolved[field].more && (
              <p className="mt-2 text-xs text-slate-600">{t('supervision.typeAhead.more', { count: resolved[field].matches.length })}</p>
            )}
          </div>
        ))}
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
              ...(r.stopped
                ? { r: <StoppedClockNote stopped={r.stopped} />, x: true }
                : { r: r.remainingDays < 0 ? t('oversee.overdueDays', { days: -r.remainingDays }) : t('oversee.days', { days: r.remainingDays }) }),
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
