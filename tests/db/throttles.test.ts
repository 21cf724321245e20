import { describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/authenticate';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { beginAttempt, delayAfter, forgetExpiredCounts, type Rule } from '@/lib/limits/failure-throttle';

const now = new Date('2026-11-23T02:00:00Z');

describe('the failure throttle in the database', () => {
  it('lets parallel guesses see each other: twenty at once from one client get the three free tries, not twenty', async () => {
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => authenticate('clerk', `guess-${i}`, '10.9.9.9', now)));
    const refused = results.filter((r) => r.status === 'rejected' && r.reason instanceof AppError && r.reason.code === 'RATE_LIMITED');
    const wrong = results.filter((r) => r.status === 'fulfilled' && r.value === null);
    expect(wrong).toHaveLength(3);
    expect(refused).toHaveLength(17);
  });

  it('doubles the delay past the free failures, up to the cap, and forgets counts after their window', async () => {
    const rule: Rule = { name: 'test', free: 2, baseSeconds: 1, maxSeconds: 8, windowSeconds: 60 };
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((n) => delayAfter(rule, n))).toEqual([0, 0, 1, 2, 4, 8, 8, 8]);
    const check = [{ rule, parts: ['k'] }];
    for (let i = 0; i < 2; i++) expect((await beginAttempt(check, now)).wait).toBe(0);
    expect((await beginAttempt(check, now)).wait).toBe(1);
    // A minute after the last failure the count starts again.
    const later = new Date(now.getTime() + 61_000);
    expect(await beginAttempt(check, later)).toMatchObject({ wait: 0, failures: [1] });
    expect(await forgetExpiredCounts(new Date(later.getTime() + 61_000))).toBeGreaterThan(0);
    expect(await db.throttleCounter.count()).toBe(0);
  });

  it('with a fixed window, a steady pace is forgotten an hour after the first count', async () => {
    const rule: Rule = { name: 'fixed', free: 3, baseSeconds: 60, maxSeconds: 600, windowSeconds: 3600, fixedWindow: true };
    const check = [{ rule, parts: ['kiosk'] }];
    for (let m = 0; m < 3; m++) expect((await beginAttempt(check, new Date(now.getTime() + m * 20 * 60_000))).wait).toBe(0);
    // 61 minutes after the first: a new hour, though the last was 21 minutes ago.
    expect(await beginAttempt(check, new Date(now.getTime() + 61 * 60_000))).toMatchObject({ wait: 0, failures: [1] });
  });
});
