import Link from '@/components/ui/link';
import type { CSSProperties, ReactNode } from 'react';

/**
 * The one table of the portal: scrolls sideways on a phone instead of squeezing.
 * With `cards` (the working lists: /me, /desk, /review, the board) each row turns
 * into a card under the sm breakpoint instead (globals.css `.cards`): the row's
 * LinkCell is the card's title and every other cell is labelled with its column head,
 * which the table hands to the CSS once as --h2, --h3 … (not per cell: a phone
 * costs no extra bytes).
 */
export function Table({ caption, head, cards, children }: { caption?: string; head: ReactNode[]; cards?: boolean; children: ReactNode }) {
  const labels = cards ? Object.fromEntries(head.map((h, i) => [`--h${i + 1}`, typeof h === 'string' ? JSON.stringify(h) : '""'])) : undefined;
  return (
    // Focusable so keyboard users can scroll it sideways (axe: scrollable-region-focusable).
    <div className={cards ? 'tbl cards' : 'tbl'} tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full divide-y divide-slate-200 text-sm" style={labels as CSSProperties | undefined}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="bg-slate-50">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="th">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className }: { children: ReactNode; className?: string }) {
  // No class of its own: the table styles its cells (globals.css `.tbl td`); a table repeats a cell's
  // class in the HTML and again in the React payload, where even an undefined one is spelt out.
  return className ? <td className={className}>{children}</td> : <td>{children}</td>;
}

/** The first cell of a list row: the thing's name as the link to it, a detail line under it. */
export function LinkCell({
  href,
  title,
  detail,
  detailClassName = 'row-detail',
  className,
}: {
  href: string;
  title: ReactNode;
  detail?: ReactNode;
  detailClassName?: string;
  className?: string;
}) {
  return (
    <Td className={className ? `lead ${className}` : 'lead'}>
      <Link href={href} className="row-link">
        {title}
      </Link>
      {detail != null && <span className={detailClassName}>{detail}</span>}
    </Td>
  );
}
