'use client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Badge, type Tone } from '@/components/ui/badge';

/**
 * One row of 我的申请 as data, translated and formatted by the page; the next step (a
 * server-rendered element, with its link when it is the applicant's turn) and a stopped
 * clock's note ride along as elements. Short keys: the rows reach the browser once as
 * this data, not twice as markup (the HTML and the React payload of server cells).
 */
export type MyApplicationRow = {
  /** id, item, department, receipt number */
  a: string;
  i: string;
  d: string;
  n: string | null;
  /** status badge: tone and text */
  s: Tone;
  t: string;
  /** next step */
  x: ReactNode;
  /** submitted, promised due (formatted), provisional mark, stopped clock note */
  o: string;
  u: string;
  p?: true;
  r?: ReactNode;
};

export function ApplicationRows({ rows, provisional }: { rows: MyApplicationRow[]; provisional: { mark: string; note: string } }) {
  return rows.map((r, i) => (
    <tr key={i}>
      <td className="cell lead">
        <Link href={`/me/applications/${r.a}`} className="row-link">
          {r.i}
        </Link>
        <span className="row-detail">{r.d}</span>
      </td>
      <td className="cell whitespace-nowrap font-mono text-xs">{r.n ?? '—'}</td>
      <td className="cell">
        <Badge tone={r.s}>{r.t}</Badge>
      </td>
      <td className="cell">{r.x}</td>
      <td className="cell whitespace-nowrap">{r.o}</td>
      <td className="cell whitespace-nowrap">
        {r.u}
        {r.p && (
          <span className="provisional" title={provisional.note}>
            {provisional.mark}
            <span className="sr-only">{provisional.note}</span>
          </span>
        )}
        {r.r}
      </td>
    </tr>
  ));
}
