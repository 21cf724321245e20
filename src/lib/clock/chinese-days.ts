// The statutory holidays and 调休 make-up days shipped by the `chinese-days`
// package: what the seed loads into the calendar table. The app itself reads
// the table (the admin may edit it), never this package.
import chineseDays from 'chinese-days';
import { weekday, type DayOverride } from './calendar';

// chinese-days stores names as "Spring Festival,春节,4" (English, Chinese, length in days).
function chineseName(raw: string): string {
  return raw.split(',')[1]?.trim() || raw;
}

// Wide enough for any data chinese-days may ship (it starts at 2004); scanned once.
const SCAN_FROM_YEAR = 1990;
const SCAN_TO_YEAR = 2100;

type ChineseDaysData = { years: readonly number[]; overrides: readonly DayOverride[] };
let loaded: ChineseDaysData | undefined;

function loadChineseDays(): ChineseDaysData {
  if (loaded) return loaded;
  const holidays = chineseDays.getHolidaysInRange(`${SCAN_FROM_YEAR}-01-01`, `${SCAN_TO_YEAR}-12-31`, false);
  const years = [...new Set(holidays.map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
  const overrides: DayOverride[] = [];
  for (const year of years) {
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    // Holiday rows include the weekend days inside a holiday block: harmless, and they carry the name.
    for (const date of chineseDays.getHolidaysInRange(from, to, false)) {
      overrides.push({ date, working: false, name: chineseName(chineseDays.getDayDetail(date).name) });
    }
    for (const date of chineseDays.getWorkdaysInRange(from, to, true)) {
      const d = weekday(date);
      if (d === 0 || d === 6) {
        overrides.push({ date, working: true, name: chineseName(chineseDays.getDayDetail(date).name) });
      }
    }
  }
  overrides.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  loaded = { years, overrides };
  return loaded;
}

/** Statutory holidays and 调休 make-up days from the `chinese-days` package, with Chinese names. */
export function chineseDaysOverrides(): DayOverride[] {
  return loadChineseDays().overrides.map((o) => ({ ...o }));
}

/** The years `chinese-days` has holiday data for (ascending). */
export function chineseDaysYears(): number[] {
  return [...loadChineseDays().years];
}
