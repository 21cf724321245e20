import { describe, it, expect } from 'vitest';
import { WorkingCalendar, atShanghai, shanghaiDate } from '@/lib/clock/calendar';
import { chineseDaysOverrides, chineseDaysYears } from '@/lib/clock/chinese-days';

const calendar = new WorkingCalendar(chineseDaysOverrides());

describe('chinese-days data', () => {
  it('covers consecutive years from 2004 through 2026', () => {
    const years = chineseDaysYears();
    expect(years[0]).toBe(2004);
    expect(years).toContain(2026);
    expect(years).toEqual(years.map((_, i) => years[0]! + i));
  });

  it('names the 2026 Spring Festival holidays and its make-up Saturdays in Chinese', () => {
    const rows = chineseDaysOverrides().filter((o) => o.date >= '2026-02-10' && o.date <= '2026-03-01');
    expect(rows).toEqual([
      { date: '2026-02-14', working: true, name: '春节' },
      ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => ({
        date: `2026-02-${d}`,
        working: false,
        name: '春节',
      })),
      { date: '2026-02-28', working: true, name: '春节' },
    ]);
  });

  it('names the 2026 National Day holidays and make-up days', () => {
    const rows = chineseDaysOverrides().filter((o) => o.date >= '2026-09-19' && o.date <= '2026-10-11');
    expect(rows.filter((o) => o.working)).toEqual([
      { date: '2026-09-20', working: true, name: '国庆节' },
      { date: '2026-10-10', working: true, name: '国庆节' },
    ]);
    expect(rows.filter((o) => !o.working && o.name === '国庆节').map((o) => o.date)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    const midAutumn = rows.filter((o) => o.name === '中秋').map((o) => o.date);
    expect(midAutumn).toEqual(['2026-09-25', '2026-09-26', '2026-09-27']);
  });
});

describe('WorkingCalendar', () => {
  it('works weekdays and make-up weekend days, rests on weekends and holidays', () => {
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday, 调休 上班
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // Monday, 春节
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false); // ordinary Saturday
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true); // Sunday, 调休 上班
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true); // Thursday after 国庆节
  });

  it('falls back to the weekend rule for years without data', () => {
    const empty = new WorkingCalendar();
    expect(empty.isWorkingDay('2030-01-01')).toBe(true);
    expect(empty.isWorkingDay('2030-01-05')).toBe(false);
  });

  it('finds the next working day across the Spring Festival', () => {
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-14');
    expect(calendar.nextWorkingDay('2026-02-14')).toBe('2026-02-24');
    expect(calendar.nextWorkingDay('2026-02-27')).toBe('2026-02-28');
    expect(calendar.nextWorkingDay('2026-02-28')).toBe('2026-03-02');
  });

  it('adds working days strictly after the date', () => {
    expect(calendar.addWorkingDays('2026-02-13', 0)).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-13', 5)).toBe('2026-02-27');
    expect(calendar.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(() => calendar.addWorkingDays('2026-02-13', 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-02-13', -1)).toThrow(RangeError);
  });

  it('counts working days in (from, to]', () => {
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-27')).toBe(5);
    expect(calendar.workingDaysBetween('2026-02-27', '2026-02-13')).toBe(-5);
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-13')).toBe(0);
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-09')).toBe(2);
  });

  it('lets a later override win and rejects malformed dates', () => {
    const c = new WorkingCalendar([
      { date: '2026-03-02', working: false, name: '临时闭厅' },
      { date: '2026-03-02', working: true },
    ]);
    expect(c.isWorkingDay('2026-03-02')).toBe(true);
    expect(() => new WorkingCalendar([{ date: '2026-02-30', working: true }])).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2026/03/02')).toThrow(RangeError);
  });
});

describe('Shanghai dates', () => {
  it('converts instants at the UTC+8 day boundary', () => {
    expect(shanghaiDate(new Date('2026-02-13T15:59:59Z'))).toBe('2026-02-13');
    expect(shanghaiDate(new Date('2026-02-13T16:00:00Z'))).toBe('2026-02-14');
  });

  it('builds wall-clock instants', () => {
    expect(atShanghai('2026-02-13', '09:00').toISOString()).toBe('2026-02-13T01:00:00.000Z');
    expect(atShanghai('2026-01-01', '00:30').toISOString()).toBe('2025-12-31T16:30:00.000Z');
    expect(() => atShanghai('2026-01-01', '24:00')).toThrow(RangeError);
  });
});
