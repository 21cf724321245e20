import { describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/authenticate';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { monday } from '../support/instants';

const PASSWORD = 'Demo@2026';

describe('signing in', () => {
  it('accepts the right password and refuses a wrong one or an unknown login', async () => {
    expect(await authenticate('clerk', PASSWORD, '10.0.0.1')).toMatchObject({ name: expect.any(String) });
    expect(await authenticate('clerk', 'wrong', '10.0.0.1')).toBeNull();
    expect(await authenticate('nobody-here', PASSWORD, '10.0.0.1')).toBeNull();
  });

  it('slows down the guessing client, never the owner on a client of their own', async () => {
    const now = monday;
    const at = (s: number) => new Date(now.getTime() + s * 1000);
    for (let i = 0; i < 3; i++) expect(await authenticate('lead', `guess-${i}`, '10.0.0.2', now)).toBeNull();
    // The guesser waits, even with the right password; the owner elsewhere signs in.
    await expect(authenticate('lead', PASSWORD, '10.0.0.2', now)).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'RATE_LIMITED');
    expect(await authenticate('lead', PASSWORD, '10.0.0.3', now)).not.toBeNull();
    // The wait doubles with each further failure: 2 s, then 4 s.
    expect(await authenticate('lead', 'guess-3', '10.0.0.2', at(2))).toBeNull();
    await expect(authenticate('lead', 'guess-4', '10.0.0.2', at(5))).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'RATE_LIMITED');
    expect(await authenticate('lead', 'guess-4', '10.0.0.2', at(6))).toBeNull();
    // Other accounts from the same client are not touched.
    expect(await authenticate('reviewer.ga', PASSWORD, '10.0.0.2', at(6))).not.toBeNull();
  });

  it('is never locked by strangers: sixty wrong passwords from sixty clients, and the owner still signs in', async () => {
    const now = monday;
    const lead = await db.user.findUniqueOrThrow({ where: { username: 'lead' } });
    for (let i = 0; i < 30; i++) expect(await authenticate('lead', `guess-${i}`, `10.5.0.${i}`, now)).toBeNull();
    // The username and the phone number are one account: both count together.
    for (let i = 30; i < 60; i++) expect(await authenticate(lead.phone!, `guess-${i}`, `10.5.0.${i}`, now)).toBeNull();
    expect(await authenticate('lead', PASSWORD, '10.6.0.1', now)).toMatchObject({ id: lead.id });
    expect(await authenticate(lead.phone!, PASSWORD, '10.6.0.2', now)).toMatchObject({ id: lead.id });
    // A client that already failed on the account meets the account's count: it waits.
    await expect(authenticate('lead', PASSWORD, '10.5.0.1', now)).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'RATE_LIMITED');
    await expect(authenticate(lead.phone!, 'guess-x', '10.5.0.40', now)).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'RATE_LIMITED');

    // The holder is told, in the inbox and by text: at the 5th failure, then every 25th.
    const told = await db.outboxMessage.findMany({ where: { subject: '账号登录失败提醒' }, orderBy: { id: 'asc' } });
    expect(told.filter((m) => m.channel === 'IN_APP').map((m) => m.recipientId)).toEqual([lead.id, lead.id, lead.id]);
    expect(told.some((m) => m.channel === 'SMS' && m.address === lead.phone)).toBe(true);
  });

  it('throttles one client trying many accounts, and only that client', async () => {
    const now = monday;
    for (let i = 0; i < 10; i++) expect(await authenticate(`nobody-${i}`, 'guess', '10.7.0.1', now)).toBeNull();
    await expect(authenticate('clerk', PASSWORD, '10.7.0.1', now)).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'RATE_LIMITED');
    expect(await authenticate('clerk', PASSWORD, '10.7.0.2', now)).not.toBeNull();
  });

  it('holds its counts in the database, so every app instance sees them', async () => {
    const now = monday;
    for (let i = 0; i < 3; i++) await authenticate('supervisor', `guess-${i}`, '10.8.0.1', now);
    const rows = await db.throttleCounter.findMany({ where: { key: { startsWith: 'signin-' } } });
    expect(rows.map((r) => r.failures).sort()).toEqual([3, 3, 3]);
    // Keys are hashes: no login name or address is stored.
    for (const r of rows) expect(r.key).not.toMatch(/supervisor|10\.8/);
  });

  it('clears the count of a login after a success', async () => {
    const now = monday;
    const at = (s: number) => new Date(now.getTime() + s * 1000);
    // Three failures, then the 2 s wait; a success gives them back, to the account's count too.
    for (let i = 0; i < 3; i++) await authenticate('supervisor', `guess-${i}`, '10.0.0.4', now);
    expect(await authenticate('supervisor', PASSWORD, '10.0.0.4', at(2))).not.toBeNull();
    for (let i = 0; i < 3; i++) expect(await authenticate('supervisor', `again-${i}`, '10.0.0.4', at(2))).toBeNull();
    expect(await authenticate('supervisor', PASSWORD, '10.0.0.4', at(4))).not.toBeNull();
    const counts = await db.throttleCounter.findMany({ where: { key: { startsWith: 'signin-' } }, select: { failures: true } });
    expect(counts.every((c) => c.failures === 0)).toBe(true);
  });
});
