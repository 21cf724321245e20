'use client';
import Link from '@/components/ui/link';
import { Badge, type Tone } from '@/components/ui/badge';

/**
 * One search result as data, every text already translated by the page. Short keys: 20
 * results travel to the browser once as this data instead of twice as markup (the HTML
 * and the React payload of server-rendered cards), which kept the search over 60 KB
 * (docs/performance.md, "Page weight, second pass").
 */
export type ResultRow = {
  /** the item's code (its guide's address) and name */
  c: string;
  n: string;
  /** badges: kind, handling class, fully online */
  b: (readonly [Tone, string])[];
  /** facts: department, promised limit, code, each with its label */
  f: string[];
  /** why it matched, in words */
  r: string[];
};

export function ResultList({ rows, reasonsLabel }: { rows: ResultRow[]; reasonsLabel: string }) {
  return (
    <ul className="space-y-3">
      {rows.map((r) => (
        <li key={r.c} className="result-card">
          <div className="result-head">
            <h2 className="text-base font-semibold">
              <Link href={`/services/${r.c}`} className="result-title">
                {r.n}
              </Link>
            </h2>
            <div className="flex flex-wrap gap-1.5">
              {r.b.map(([tone, text], i) => (
                <Badge key={i} tone={tone}>
                  {text}
                </Badge>
              ))}
            </div>
          </div>
          <p className="result-facts">
            {r.f.map((fact, i) => (
              <span key={i}>{fact}</span>
            ))}
          </p>
          {r.r.length > 0 && (
            <ul aria-label={reasonsLabel} className="match-reasons" data-testid="match-reasons">
              {r.r.map((text, i) => (
                <li key={i} className="match-reason">
                  {text}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
