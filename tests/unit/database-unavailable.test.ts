import { describe, expect, it } from 'vitest';
import { failure } from '@/lib/action';
import { isDatabaseUnavailable } from '@/lib/db-errors';

describe('database unavailable', () => {
  it('recognises the errors of an unreachable database, and only those', () => {
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('Raw query failed.'), { code: 'P2010', cause: { code: '57P01' } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("Can't reach database server"), { code: 'P1001' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it('is answered to a form as UNAVAILABLE, a bug as INTERNAL', () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(failure(new Error('timeout exceeded when trying to connect'))).toMatchObject({ ok: false, error: 'UNAVAILABLE' });
      expect(failure(new TypeError('x is not a function'))).toMatchObject({ ok: false, error: 'INTERNAL' });
    } finally {
      console.error = quiet;
    }
  });
});
