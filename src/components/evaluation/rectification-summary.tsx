import { getFormatter, getTranslations } from '@/i18n/server';
import type { ReactNode } from 'react';
import { Card, PageHeader } from '@/components/ui/card';
import type { RectificationRow } from '@/lib/evaluation/list-rectifications';

/** What a rectification is about and how far it got. */
async function RectificationSummary({ row }: { row: RectificationRow }) {
  const [t, format] = await Promise.all([getTranslations('ratings'), getFormatter()]);
  const items: [string, string | null][] = [
    [t('itemCol'), `${row.itemName}（${row.receiptNumber ?? '—'}）`],
    [t('ratingCol'), `${t(`occasion.${row.occasion}`)} · ${t(`level.${row.overall}`)}`],
    [
      t('scores'),
      Object.entries(row.scores)
        .map(([k, v]) => `${t(`indicator.${k}`)} ${v}★`)
        .join('，'),
    ],
    [t('comment'), row.comment],
    [t('applicantCol'), `${row.applicantName} ${row.contactPhone}`],
    [t('statusCol'), t(`rectification.${row.status}`) + (row.overdue ? ` · ${t('overdue')}` : '')],
    [t('dueCol'), format.dateTime(row.dueAt, { dateStyle: 'medium', timeStyle: 'short' })],
    [t('outcome'), row.outcome],
    [t('callbackNote'), row.callbackNote],
    [t('reviewNote'), row.reviewNote],
  ];
  return (
    <Card title={t('summaryTitle')}>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {items
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt className="text-slate-500">{k}</dt>
              <dd className="whitespace-pre-wrap text-slate-800">{v}</dd>
            </div>
          ))}
      </dl>
    </Card>
  );
}

/** The page of one rectification as the department and the supervisor both see it; each brings its own links and form. */
export async function RectificationPage({ row, links, children }: { row: RectificationRow; links: ReactNode; children: ReactNode }) {
  const t = await getTranslations('ratings');
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('rectificationTitle')}
        description={`${row.itemName}（${row.receiptNumber ?? '—'}）`}
        actions={<div className="flex flex-wrap gap-2">{links}</div>}
      />
      <RectificationSummary row={row} />
      {children}
    </div>
  );
}
