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
