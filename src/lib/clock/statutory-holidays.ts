// The statutory holidays fixed by 《全国年节及纪念日放假办法》 (as amended in 2024,
// in force 2025), for years whose State Council notice (the 调休 arrangement) is
// not yet in the data. Lunar dates and the 清明 solar term come from the
// `chinese-days` package, which computes them for any year up to 2100.
import chineseDays from 'chinese-days';
import { addCalendarDays, type DayOverride } from './calendar';

/** The first year the amended rule (春节 4 days with 除夕, 劳动节 2 days) applies to. */
export const STATUTORY_RULE_FROM = 2025;

function fromLunar(year: number, month: number, day: number): string {
  // The regular (non-leap) month: 端午 and 中秋 never fall in a leap month's copy.
  return chineseDays.getSolarDateFromLunar(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).date;
}

/**
 * The days off the law itself fixes in `year` (11 days, weekends included as
 * they fall): 元旦 Jan 1; 春节 除夕 and 正月初一 to 初三; 清明 (the solar term
 * day); 劳动节 May 1-2; 端午 (五月初五); 中秋 (八月十五); 国庆 Oct 1-3. Neither
 * the make-up working days nor the bridging days of the annual notice.
 */
export function statutoryHolidays(year: number): DayOverride[] {
  if (!Number.isInteger(year) || year < STATUTORY_RULE_FROM || year > 2099) {
    throw new RangeError(`statutory holidays are computed for ${STATUTORY_RULE_FROM}-2099 only: ${year}`);
  }
  const newYear = fromLunar(year, 1, 1);
  const days: DayOverride[] = [
    { date: `${year}-01-01`, working: false, name: '元旦' },
    { date: addCalendarDays(newYear, -1), working: false, name: '春节' },
    { date: newYear, working: false, name: '春节' },
    { date: addCalendarDays(newYear, 1), working: false, name: '春节' },
    { date: addCalendarDays(newYear, 2), working: false, name: '春节' },
    { date: chineseDays.getSolarTermDate(year, 4, 'pure_brightness'), working: false, name: '清明' },
    { date: `${year}-05-01`, working: false, name: '劳动节' },
    { date: `${year}-05-02`, working: false, name: '劳动节' },
    { date: fromLunar(year, 5, 5), working: false, name: '端午' },
    { date: fromLunar(year, 8, 15), working: false, name: '中秋' },
    { date: `${year}-10-01`, working: false, name: '国庆节' },
    { date: `${year}-10-02`, working: false, name: '国庆节' },
    { date: `${year}-10-03`, working: false, name: '国庆节' },
  ];
  // 中秋 can fall inside 国庆 (as in 2025 and 2028): one row per date, both names.
  const byDate = new Map<string, DayOverride>();
  for (const d of days) {
    const seen = byDate.get(d.date);
    byDate.set(d.date, seen ? { ...seen, name: `${seen.name}、${d.name}` } : d);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
