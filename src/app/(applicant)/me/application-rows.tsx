'use client';
import type { ReactNode } from 'react';
import { DueCell } from '@/components/applications/due-cell';
import { NextStep, type NextStepWords } from './next-step';
import { Badge, type Tone } from '@/components/ui/badge';
import { LinkCell } from '@/components/ui/table';

/**
 * One row of 我的申请 as data, translated and formatted by the page, the next step too
 * (its words, with the link when it is the applicant's turn); a stopped clock's note rides
 * along as a server-rendered element. Short keys: the rows reach the browser once as
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
  /** next step, in words */
  x: NextStepWords;
  /** submitted, promised due (formatted), provisional mark, stopped clock note */
  o: string;
  u: string;
  p?: true;
  r?: ReactNode;
};

export function ApplicationRows({ rows, provisional }: { rows: MyApplicationRow[]; provisional: { mark: string; note: string } }) {
  return rows.map((r, i) => (
    <tr key={i}>
      <LinkCell href={`/me/applications/${r.a}`} title={r.i} detail={r.d} />
      <td className="nowrap font-mono text-xs">{r.n ?? '—'}</td>
      <td>
        <Badge tone={r.s}>{r.t}</Badge>
      </td>
      <td>
        <NextStep step={r.x} />
      </td>
      <td className="nowrap">{r.o}</td>
      <DueCell due={r.u} provisional={r.p} mark={provisional}>
        {r.r}
      </DueCell>
    </tr>
  ));
}
