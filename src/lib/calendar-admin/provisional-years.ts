import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { shanghaiDate } from '@/lib/clock/calendar';
import { STATUTORY_RULE_FROM, statutoryHolidays } from '@/lib/clock/statutory-holidays';
import type { Tx } from '@/lib/db';

export { CLOCK_RULE, CLOCK_RULE_KEY } from '@/lib/clock/clock-rule';

/**
 * Gives every year in `years` that has no calendar data a provisional calendar:
 * the statutory holidays the law fixes (statutoryHolidays), marked provisional
 * until the admin confirms the year's 调休 arrangement. A year with any day the
 * package or the admin entered is left alone. Returns the years it generated.
 */
export async function generateProvisionalYears(tx: Tx, years: readonly number[], now: Date): Promise<number[]> {
  const generated: number[] = [];
  for (const year of years) {
    if (year < STATUTORY_RULE_FROM) continue;
    const known = await tx.calendarYear.findUnique({ where: { year } });
    if (known) continue;
    const existing = await tx.calendarDay.count({ where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } } });
    if (existing > 0) continue;
    await tx.calendarDay.createMany({
      data: statutoryHolidays(year).map((d) => ({ date: d.date, working: false, name: d.name ?? null, source: 'statutory' })),
      skipDuplicates: true,
    });
    await tx.calendarYear.create({ data: { year, provisional: true, generatedAt: now } });
    await recordAudit(tx, {
      actor: null,
      entity: 'CalendarDay',
      entityId: String(year),
      action: 'generate-provisional-year',
      to: 'provisional',
      data: { holidays: statutoryHolidays(year).map((d) => d.date) },
    });
    generated.push(year);
  }
  return generated;
}

/** The years the clock needs from `now`: this one and the next (due dates reach into it from autumn on). */
export function yearsAhead(now: Date): number[] {
  const year = Number(shanghaiDate(now).slice(0, 4));
  return [year, year + 1];
}
