import type { ReactNode } from 'react';

const tones = {
  gray: 'bg-slate-100 text-slate-700 ring-slate-200',
  blue: 'bg-brand-50 text-brand-700 ring-brand-200',
  green: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  yellow: 'bg-amber-50 text-amber-800 ring-amber-300',
  red: 'bg-red-50 text-red-800 ring-red-200',
} as const;
export type Tone = keyof typeof tones;

export function Badge({ tone = 'gray', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}>{children}</span>;
}

/** A badge that follows a value on the same line (overdue, draft, certificate): the gap comes with it so every such note sits alike. */
export function TrailingBadge({ tone, children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span className="ml-2">
      <Badge tone={tone}>{children}</Badge>
    </span>
  );
}
