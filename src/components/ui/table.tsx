import Link from 'next/link';
import type { ReactNode } from 'react';

/** The one table of the portal: scrolls sideways on a phone instead of squeezing. */
export function Table({ caption, head, children }: { caption?: string; head: ReactNode[]; children: ReactNode }) {
  return (
    // Focusable so keyboard users can scroll it sideways (axe: scrollable-region-focusable).
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-300" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead className="bg-slate-50">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="whitespace-nowrap px-4 py-3 text-left font-semibold text-slate-700">
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

export function Td({ children, className = '' }: { children: ReactNode; className?: string }) {
  // One short class (globals.css): a table repeats it in every cell, in the HTML and again in the React payload.
  return <td className={`cell ${className}`}>{children}</td>;
}

/** The first cell of a list row: the thing's name as the link to it, a detail line under it. */
export function LinkCell({
  href,
  title,
  detail,
  detailClassName = 'block text-xs text-slate-500',
  className,
}: {
  href: string;
  title: ReactNode;
  detail?: ReactNode;
  detailClassName?: string;
  className?: string;
}) {
  return (
    <Td className={className}>
      <Link href={href} className="font-medium text-brand-700 hover:underline">
        {title}
      </Link>
      {detail != null && <span className={detailClassName}>{detail}</span>}
    </Td>
  );
}
