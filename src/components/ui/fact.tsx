import type { ReactNode } from 'react';

/** One label and value of a fact list (`<dl>`): receipt number, applicant, due date … */
export function Fact({ label, className, children }: { label: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className={className}>{children}</dd>
    </div>
  );
}

/** The few key facts a guide opens with (time limits, fee, result), set in tiles under its title. */
export function KeyFacts({ items }: { items: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map(([label, value]) => (
        <div key={label} className="rounded-md bg-brand-50 px-3 py-2">
          <dt className="text-xs text-brand-700">{label}</dt>
          <dd className="font-semibold text-brand-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
