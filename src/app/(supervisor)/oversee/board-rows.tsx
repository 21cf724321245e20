'use client';
import type { ReactNode } from 'react';
import { WARNING_TONES } from '@/components/applications/status-tone';
import { DueCell } from '@/components/applications/due-cell';
import { Badge, type Tone } from '@/components/ui/badge';
import { LinkCell } from '@/components/ui/table';

/**
 * One row of the deadline board as data, every text already translated and formatted by
 * the page. Short keys: the rows travel to the browser once as this data instead of twice
 * as markup (HTML and the React payload of server-rendered cells), which is what kept
 * the board over 60 KB (docs/performance.md).
 */
export type BoardRow = {
  /** the case's id (its page) */
  a: string;
  /** item name, receipt number */
  i: string;
  n: string | null;
  /** step and department, or the departments at work */
  d: string;
  w: 'GREEN' | 'YELLOW' | 'RED';
  /** status badge: tone and text */
  s: Tone;
  t: string;
  /** started, due, statutory due (case board only), formatted */
  o: string;
  u: string;
  l?: string;
  /** the due date is provisional */
  p?: true;
  /** time left, or the stopped clock's note (a server-rendered element, for the few stopped rows) */
  r: ReactNode;
  x?: true;
};

export function BoardRows({
  rows,
  warnings,
  provisional,
  statutory,
}: {
  rows: BoardRow[];
  warnings: Record<BoardRow['w'], string>;
  provisional: { mark: string; note: string };
  statutory: boolean;
}) {
  return rows.map((r, i) => (
    <tr key={i}>
      <td>
        {/* A Badge with its dot drawn by CSS (globals.css .warn-*): one element less in every row. */}
        <span className={`badge tone-${WARNING_TONES[r.w]} warn-${r.w}`}>{warnings[r.w]}</span>
      </td>
      <LinkCell href={`/oversee/applications/${r.a}`} title={r.i} detail={r.n} detailClassName="row-code" className="min-w-40" />
      <td>{r.d}</td>
      <td>
        <Badge tone={r.s}>{r.t}</Badge>
      </td>
      <td className="nowrap">{r.o}</td>
      <DueCell due={r.u} provisional={r.p} mark={provisional} />
      {statutory && <td className="nowrap">{r.l}</td>}
      {/* The stopped clock's note is a sentence: it wraps in 10rem, so the board still fits 1280 px. */}
      <td className={r.x ? 'min-w-40' : 'nowrap'}>{r.r}</td>
    </tr>
  ));
}
