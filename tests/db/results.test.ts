import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { deliverResult } from '@/lib/results/deliver-result';
import { proposeImmediateDecision } from '@/lib/routing/propose-immediate-decision';
import { reviewImmediateDecision } from '@/lib/routing/review-immediate-decision';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

async function decidedImmediate() {
  const [applicant, clerk, lead] = await Promise.all([actorOf('zhangsan'), actorOf('clerk'), actorOf('lead')]);
  const { id } = await submitOnline(applicant, '《就业创业证》申领', monday);
  await acceptApplication(clerk, id, monday);
  const proposal = await proposeImmediateDecision(clerk, { applicationId: id, decision: 'APPROVED' }, monday);
  await reviewImmediateDecision(lead, { proposalId: proposal.id, outcome: 'CONFIRM' }, monday);
  return { id, applicant, clerk, lead };
}

describe('delivering the result', () => {
  it('hands over at the window with a delivery receipt, once', async () => {
    const { id, applicant, clerk, lead } = await decidedImmediate();
    await expect(deliverResult(clerk, { applicationId: id, method: 'WINDOW', receiverName: '张三', receiverIdNo: '511602199001011232' })).rejects.toThrow(); // the ID was not checked
    const later = new Date('2026-11-23T06:00:00Z');
    await deliverResult(clerk, { applicationId: id, method: 'WINDOW', receiverName: '张三', receiverIdNo: '511602199001011232', idChecked: 'on' }, later);
    const delivered = await db.application.findUniqueOrThrow({ where: { id }, include: { deliveryReceipt: true } });
    expect(delivered).toMatchObject({ status: 'DELIVERED', deliveryMethod: 'WINDOW', deliveredAt: later });
    expect(delivered.deliveryReceipt).toMatchObject({ receiverName: '张三', idChecked: true, deliveredById: clerk.id });
    await expect(deliverResult(lead, { applicationId: id, method: 'ELECTRONIC' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(deliverResult(applicant, { applicationId: id, method: 'ELECTRONIC' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.outboxMessage.count({ where: { recipientId: applicant.id, subject: { startsWith: '办理结果已送达' } } })).toBe(1);
  });

  it('records the waybill when posting the result', async () => {
    const { id, clerk } = await decidedImmediate();
    await expect(deliverResult(clerk, { applicationId: id, method: 'POST' })).rejects.toThrow();
    await deliverResult(clerk, { applicationId: id, method: 'POST', trackingNumber: 'EMS1234567890' });
    expect(await db.deliveryReceipt.findUniqueOrThrow({ where: { applicationId: id } })).toMatchObject({
      method: 'POST',
      trackingNumber: 'EMS1234567890',
      receiverName: null,
    });
  });

  it('delivers electronically: the applicant downloads the e-certificate, and the receipt says so', async () => {
    const { id, applicant, clerk } = await decidedImmediate();
    await deliverResult(clerk, { applicationId: id, method: 'ELECTRONIC' });
    expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'DELIVERED',
      deliveryMethod: 'ELECTRONIC',
      deliveryNote: '申请人在线下载',
    });
    expect(await db.deliveryReceipt.findUniqueOrThrow({ where: { applicationId: id } })).toMatchObject({
      method: 'ELECTRONIC',
      receiverName: null,
      trackingNumber: null,
      deliveredById: clerk.id,
    });
    // What is delivered is the e-certificate in the applicant's library.
    expect(await db.certificate.count({ where: { applicationId: id, holderId: applicant.id } })).toBe(1);
    const told = await db.outboxMessage.findFirstOrThrow({ where: { recipientId: applicant.id, subject: { startsWith: '办理结果已送达' } } });
    expect(told.body).toContain('电子送达');
  });
});
