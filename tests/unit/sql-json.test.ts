import { describe, expect, it } from 'vitest';
import { jsonDate, withJsonDates } from '@/lib/sql-json';

// PostgreSQL writes a timestamp(3) inside JSON as text without a zone, with as many fraction digits as it needs.
describe('dates read back from a JSON row', () => {
  it('reads the text as UTC whatever the number of fraction digits', () => {
    expect(jsonDate('2026-12-07T01:30:00.123')?.toISOString()).toBe('2026-12-07T01:30:00.123Z');
    expect(jsonDate('2026-12-07T01:30:00.1')?.toISOString()).toBe('2026-12-07T01:30:00.100Z');
    expect(jsonDate('2026-12-07T01:30:00')?.toISOString()).toBe('2026-12-07T01:30:00.000Z');
    expect(jsonDate(null)).toBeNull();
  });

  it('converts only the named fields of an object', () => {
    const row = withJsonDates({ id: 'x', startedAt: '2026-01-02T03:04:05.6', endedAt: null as string | null, reason: '2026-01-02' }, 'startedAt', 'endedAt');
    expect(row).toEqual({ id: 'x', startedAt: new Date('2026-01-02T03:04:05.600Z'), endedAt: null, reason: '2026-01-02' });
  });
});
