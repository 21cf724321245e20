import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { forgetClock, readClock } from '@/lib/clock/clock-settings';
import { db } from '@/lib/db';
import { CLOCK_RULE, CLOCK_RULE_KEY, generateProvisionalYears, yearsAhead } from './provisional-years';
import { recomputeDueDates } from './recompute-due-dates';

/**
 * Run when the worker starts (and by the seed): generates the provisional
 * years the calendar lacks and, when it did or when the stored due dates were
 * computed with an older counting rule, recomputes every running due date,
 * each moved one audited on its case. One process at a time (advisory lock).
 */
export async function maintainCalendar(now = new Date(), actor: Actor | null = null): Promise<{ generated: number[]; moved: number }> {
  const result = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('maintain-calendar'))`;
      const generated = await generateProvisionalYears(tx, yearsAhead(now), now);
      const rule = await tx.setting.findUnique({ where: { key: CLOCK_RULE_KEY } });
      const ruleOutdated = rule?.value !== CLOCK_RULE;
      let moved = 0;
      if (generated.length > 0 || ruleOutdated) {
        const reason = ruleOutdated ? 'clock-rule:acceptance-day-not-moved' : `provisional-year:${generated.join(',')}`;
        moved = await recomputeDueDates(tx, await readClock(tx), { actor, reason, now });
      }
      if (ruleOutdated) {
        await tx.setting.upsert({ where: { key: CLOCK_RULE_KEY }, create: { key: CLOCK_RULE_KEY, value: CLOCK_RULE }, update: { value: CLOCK_RULE } });
      }
      return { generated, moved };
    },
    { timeout: 120_000 },
  );
  forgetClock();
  return result;
}
