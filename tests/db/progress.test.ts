import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { lookupProgress } from '@/lib/progress/lookup-progress';
import { actorOf, submitOnline } from '../support/factories';
import { codeOf } from '../support/errors';
import { monday } from '../support/instants';

// Receipt numbers restart with each fresh database; each test accepts its case on its own day.
async function acceptedCase(address: string, day = monday) {
  const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
  const { id } = await submitOnline(applicant, '普通护照签发', day);
  const { receiptNumber } = await acceptApplication(clerk, id, day);
  const { checkCode } = await db.application.findUniqueOrThrow({ where: { id }, select: { checkCode: true } });
  return { id, receiptNumber, checkCode, address };
}

describe('the public progress lookup', () => {
  it('shows status, timeline, current department and due date, and nothing personal', async () => {
    const c = await acceptedCase('10.0.0.1');
    const progress = await lookupProgress({ receiptNumber: c.receiptNumber, checkCode: c.checkCode.toLowerCase(), clientAddress: c.address }, monday);
    expect(Object.keys(progress).sort()).toEqual(
      // dueProvisional and stopped: the clock's state (docs/clock.md), nothing personal.
      [
        'acceptedAt',
        'checkedAt',
        'currentDepartments',
        'decidedAt',
        'decision',
        'dueAt',
        'dueProvisional',
        'itemName',
        'receiptNumber',
        'responsibleDepartment',
        'status',
        'stopped',
        'submittedAt',
        'timeline',
      ].sort(),
    );
    expect([progress.dueProvisional, progress.stopped]).toEqual([false, null]);
    for (const event of progress.timeline) expect(Object.keys(event).sort()).toEqual(['action', 'at', 'id', 'to']);
    expect(progress.status).toBe('IN_REVIEW');
    expect(progress.currentDepartments).toEqual(['公安局']);
    expect(progress.dueAt?.toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(progress.timeline.map((e) => e.action)).toEqual(['submit', 'accept', 'route']);
    // No trace of the applicant anywhere in what leaves the function.
    const text = JSON.stringify(progress);
    const app = await db.application.findUniqueOrThrow({
      where: { id: c.id },
      select: { applicantName: true, applicantIdNo: true, contactPhone: true, checkCode: true },
    });
    for (const secret of [app.applicantName, app.applicantIdNo, app.contactPhone, app.checkCode]) expect(text).not.toContain(secret);
  });

  it('refuses a wrong check code and an unknown receipt alike, and strangers’ guesses never lock the holder out', async () => {
    const c = await acceptedCase('10.0.0.2');
    expect(await codeOf(lookupProgress({ receiptNumber: c.receiptNumber, checkCode: 'WRONG1', clientAddress: '10.0.0.2' }, monday))).toBe('NOT_FOUND');
    expect(await codeOf(lookupProgress({ receiptNumber: '511602-20261123-99999', checkCode: c.checkCode, clientAddress: '10.0.0.2' }, monday))).toBe(
      'NOT_FOUND',
    );
    expect(await codeOf(lookupProgress({ receiptNumber: c.receiptNumber, checkCode: '', clientAddress: '10.0.0.2' }, monday))).toBe('INVALID_INPUT');
    // Anyone can read the receipt number on /disclosure: 30 wrong codes from 30 addresses...
    for (let i = 0; i < 30; i++) {
      expect(await codeOf(lookupProgress({ receiptNumber: c.receiptNumber, checkCode: `BAD${i}`, clientAddress: `10.1.0.${i}` }, monday))).toBe('NOT_FOUND');
    }
    // ...do not stop the holder of the paper, on another client,
    expect(await codeOf(lookupProgress({ receiptNumber: c.receiptNumber, checkCode: c.checkCode, clientAddress: '10.2.0.1' }, monday))).toBe('OK');
    // but a guessing client that comes back is slowed down by the receipt's count (its second try).
    expect(await codeOf(lookupProgress({ receiptNumber: c.receiptNumber, checkCode: c.checkCode, clientAddress: '10.1.0.7' }, monday))).toBe('RATE_LIMITED');
    // and one client guessing alone waits longer and longer after five wrong codes.
    const d = await acceptedCase('10.3.0.1', new Date('2026-11-25T02:00:00Z'));
    for (let i = 0; i < 5; i++) await codeOf(lookupProgress({ receiptNumber: d.receiptNumber, checkCode: `BAD${i}`, clientAddress: '10.3.0.1' }, monday));
    expect(await codeOf(lookupProgress({ receiptNumber: d.receiptNumber, checkCode: d.checkCode, clientAddress: '10.3.0.1' }, monday))).toBe('RATE_LIMITED');
    const later = new Date(monday.getTime() + 3000);
    expect(await codeOf(lookupProgress({ receiptNumber: d.receiptNumber, checkCode: 'BAD9', clientAddress: '10.3.0.1' }, later))).toBe('NOT_FOUND');
    expect(
      await codeOf(lookupProgress({ receiptNumber: d.receiptNumber, checkCode: d.checkCode, clientAddress: '10.3.0.1' }, new Date(later.getTime() + 3000))),
    ).toBe('RATE_LIMITED');
    expect(
      await codeOf(lookupProgress({ receiptNumber: d.receiptNumber, checkCode: d.checkCode, clientAddress: '10.3.0.1' }, new Date(later.getTime() + 5000))),
    ).toBe('OK');
    expect(await codeOf(lookupProgress({ receiptNumber: d.receiptNumber, checkCode: d.checkCode, clientAddress: '10.3.0.9' }, monday))).toBe('OK');
  });

  it('rate-limits one address trying many receipts', async () => {
    const c = await acceptedCase('10.0.0.3', new Date('2026-11-24T02:00:00Z'));
    for (let i = 0; i < 20; i++) {
      await codeOf(lookupProgress({ receiptNumber: `511602-20261123-9${String(i).padStart(4, '0')}`, checkCode: 'ABCDEF', clientAddress: '10.0.0.3' }, monday));
    }
    expect(await codeOf(lookupProgress({ receiptNumber: c.receiptNumber, checkCode: c.checkCode, clientAddress: '10.0.0.3' }, monday))).toBe('RATE_LIMITED');
    expect(await codeOf(lookupProgress({ receiptNumber: c.receiptNumber, checkCode: c.checkCode, clientAddress: '10.0.0.4' }, monday))).toBe('OK');
  });
});
