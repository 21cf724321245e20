import type { ReactNode } from 'react';

/** One filter of a search form: a small label over a select whose first choice, the empty value, means "any". */
export function FilterSelect({
  id,
  label,
  value,
  anyLabel,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  value?: string | number;
  anyLabel: ReactNode;
  className: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="filter-label">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ''} className={className}>
        <option value="">{anyLabel}</option>
        {children}
      </select>
    </div>
  );
}
