'use client';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { LinkCell } from '@/components/ui/table';
import { TextLink } from '@/components/ui/text-link';

/**
 * One result waiting at the handover window, as data the page has formatted (short keys, as the
 * board's rows: the rows travel to the browser once as data instead of twice as markup).
 */
export type ResultRow = {
  /** the case's id (its page) */
  a: string;
  /** item name, receipt number, the result handed over */
  i: string;
  n: string | null;
  r: string;
  /** applicant */
  p: string;
  /** decision and its date, formatted */
  d: 'APPROVED' | 'DENIED' | null;
  t: string;
  /** the applicant's delivery choice, in words */
  c: string;
};

/** The handover list's rows: each leads to its one case by the receipt number, shown there with the delivery form. */
export function ResultRows({ rows }: { rows: ResultRow[] }) {
  const t = useTranslations('delivery');
  return rows.map((r) => (
    <tr key={r.a}>
      <LinkCell href={`/desk/applications/${r.a}`} title={r.i} detail={r.n ? `${r.n} · ${r.r}` : r.r} />
      <td>{r.p}</td>
      <td className="nowrap">
        {r.d && <Badge tone={r.d === 'APPROVED' ? 'green' : 'red'}>{t(`decisions.${r.d}`)}</Badge>}
        <span className="ml-2 text-slate-500">{r.t}</span>
      </td>
      <td>{r.c}</td>
      <td className="nowrap">
        {r.n && (
          <TextLink href={`/desk/results?${new URLSearchParams({ q: r.n })}`} aria-label={t('deliverLabel', { receipt: r.n })}>
            {t('deliver')}
          </TextLink>
        )}
      </td>
    </tr>
  ));
}
