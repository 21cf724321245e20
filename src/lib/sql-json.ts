import 'server-only';

/**
 * Reading rows that one `$queryRaw` built with json_build_object / json_agg:
 * the case pages read a case and its relations in one statement instead of
 * one Prisma query per relation (docs/performance.md, "Task and case pages in
 * fewer queries"). Inside JSON a `timestamp(3)` column (UTC, as Prisma writes
 * it) arrives as text without a zone: it is read back as UTC here.
 */
export function jsonDate(value: string): Date;
export function jsonDate(value: string | null): Date | null;
export function jsonDate(value: string | null): Date | null {
  return value === null ? null : new Date(`${value}Z`);
}

/** The same for an object's date fields: `keys` name the fields that hold timestamps. */
export function withJsonDates<T extends Record<string, unknown>, K extends keyof T>(
  row: T,
  ...keys: K[]
): Omit<T, K> & { [P in K]: T[P] extends string ? Date : Date | null } {
  const out: Record<string, unknown> = { ...row };
  for (const key of keys) out[key as string] = jsonDate(row[key] as string | null);
  return out as Omit<T, K> & { [P in K]: T[P] extends string ? Date : Date | null };
}
