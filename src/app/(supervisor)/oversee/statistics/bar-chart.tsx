'use client';
// Plain CSS bars: no chart library, readable without JavaScript, and the
// figures are in the markup for screen readers.
// A client component although it has no state: its props (a label and two numbers a day)
// reach the browser once as data, where a server component's bars (each with its title
// and screen-reader text) travelled twice, as HTML and again in the React payload.
export function BarChart({
  title,
  series,
  legend,
}: {
  title: string;
  series: { label: string; a: number; b: number }[];
  /** Without `a` only the `b` bars are drawn (a reviewer's steps have no acceptances). */
  legend: { a?: string; b: string };
}) {
  const describe = (s: { label: string; a: number; b: number }) =>
    legend.a ? `${s.label}: ${legend.a} ${s.a}, ${legend.b} ${s.b}` : `${s.label}: ${legend.b} ${s.b}`;
  const max = Math.max(1, ...series.flatMap((s) => (legend.a ? [s.a, s.b] : [s.b])));
  return (
    <figure tabIndex={0} aria-label={title} className="relative overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-300">
      <figcaption className="mb-3 flex flex-wrap items-center gap-4 text-sm text-slate-700">
        <span className="font-medium">{title}</span>
        {legend.a && (
          <span className="inline-flex items-center gap-1">
            <span aria-hidden className="inline-block size-3 rounded-sm bg-brand-600" />
            {legend.a}
          </span>
        )}
        <span className="inline-flex items-center gap-1">
          <span aria-hidden className="inline-block size-3 rounded-sm bg-emerald-500" />
          {legend.b}
        </span>
      </figcaption>
      <ul className="flex h-48 min-w-max items-end gap-1 border-b border-l border-slate-300 px-1">
        {series.map((s) => (
          // Short classes (globals.css .bar-*) and heights to a tenth of a percent: a year has 365 bars.
          <li key={s.label} className="bar-col" title={describe(s)}>
            <span className="sr-only">{describe(s)}</span>
            <div aria-hidden className="bar-stack">
              {legend.a && <div className="bar-a" style={{ height: `${Math.round((s.a / max) * 1000) / 10}%` }} />}
              <div className={legend.a ? 'bar-b' : 'bar-b w-full'} style={{ height: `${Math.round((s.b / max) * 1000) / 10}%` }} />
            </div>
          </li>
        ))}
      </ul>
      <div aria-hidden className="flex min-w-max gap-1 px-1 pt-1 text-[10px] text-slate-500">
        {series.map((s, i) => (
          <span key={s.label} className="w-6 text-center">
            {i % Math.ceil(series.length / 12) === 0 ? s.label.slice(-2) : ''}
          </span>
        ))}
      </div>
    </figure>
  );
}
