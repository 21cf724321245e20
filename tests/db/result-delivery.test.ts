// Issue 13 points 1 and 2: how the result reaches the applicant (chosen from the
// form on, per item), the window's handover, the message when the result is
// ready; certificates with their type's term and fields, replaced by a newer one.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { formFieldsOf } from '@/lib/catalog/form-fields';
import { db } from '@/lib/db';
import { storeUpload } from '@/lib/files/store-upload';
import { acceptApplication } from '@/lib/intake/accept-application';
import { submitApplication } from '@/lib/intake/submit-application';
import { listHeldCertificates } from '@/lib/library/list-held-certificates';
import { listReplacedCertificates } from '@/lib/library/list-replaced-certificates';
import { chooseDelivery } from '@/lib/results/choose-delivery';
import { deliverResult } from '@/lib/results/deliver-result';
import { getResultDelivery } from '@/lib/results/get-result-delivery';
import { listResultsToDeliverPage } from '@/lib/results/list-results-to-deliver';
import { decideTask } from '@/lib/routing/decide-task';
import { proposeImmediateDecision } from '@/lib/routing/propose-immediate-decision';
import { reviewImmediateDecision } from '@/lib/routing/review-immediate-decision';
import { verifyDocument } from '@/lib/verification/verify-document';
import { actorOf, pdfBytes, publishedVersion, sampleAnswers } from '../support/factories';
import { monday } from '../support/instants';
import { renderMessage } from '@/lib/notify/render-message';

/** Files an application online as the form does, with a delivery choice. */
async function apply(applicant: Actor, itemName: string, delivery: { deliveryMethod?: 'WINDOW' | 'POST' | 'ELECTRONIC'; deliveryAddress?: string } = {}) {
  const version = await publishedVersion(itemName);
  const held = await db.certificate.findMany({ where: { holderId: applicant.id, status: 'VALID' }, select: { type: true } });
  const files: Record<string, string[]> = {};
  for (const m of version.materials.filter((m) => m.required)) {
    if (m.certificateType && held.some((c) => c.type === m.certificateType)) continue;
    files[m.id] = [(await storeUpload(applicant, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) })).id];
  }
  return submitApplication(
    applicant,
    {
      versionId: version.id,
      submitKey: randomUUID(),
      contactName: applicant.name,
      contactPhone: '13800000001',
      files,
      answers: sampleAnswers(formFieldsOf(version.formFields)),
      ...delivery,
    },
    monday,
  );
}

/** Accepted by the window and approved by the one department of a 承诺件. */
async function approve(id: string, reviewer: string, when = monday) {
  const [clerk, department] = await Promise.all([actorOf('clerk'), actorOf(reviewer)]);
  await acceptApplication(clerk, id, when);
  const task = await db.departmentTask.findFirstOrThrow({ where: { applicationId: id, status: 'OPEN' } });
  await decideTask(department, { taskId: task.id, decision: 'APPROVED', opinion: '符合条件' }, when);
}

/** A 即办件 decided at the window (一审一核). */
async function approveAtWindow(id: string) {
  const [clerk, lead] = await Promise.all([actorOf('clerk'), actorOf('lead')]);
  await acceptApplication(clerk, id, monday);
  const proposal = await proposeImmediateDecision(clerk, { applicationId: id, decision: 'APPROVED', opinion: '准予' }, monday);
  await reviewImmediateDecision(lead, { proposalId: proposal.id, outcome: 'CONFIRM' }, monday);
}

const SHANGHAI_DAY = (d: Date | null) => d && new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

describe('the delivery choice', () => {
  it('is filed with the application, only among the methods the item offers, with an address to post to', async () => {
    const zhangsan = await actorOf('zhangsan');
    // 普通护照签发: post allowed, but a passport booklet cannot be downloaded.
    await expect(apply(zhangsan, '普通护照签发', { deliveryMethod: 'ELECTRONIC' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { fieldErrors: { deliveryMethod: ['notAnOption'] } },
    });
    await expect(apply(zhangsan, '普通护照签发', { deliveryMethod: 'POST', deliveryAddress: '' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { fieldErrors: { deliveryAddress: ['required'] } },
    });
    const { id } = await apply(zhangsan, '普通护照签发', { deliveryMethod: 'POST', deliveryAddress: '示范县城关镇人民路18号 张三 13800000001' });
    expect(await db.application.findUniqueOrThrow({ where: { id }, select: { deliveryChoice: true, deliveryAddress: true } })).toEqual({
      deliveryChoice: 'POST',
      deliveryAddress: '示范县城关镇人民路18号 张三 13800000001',
    });
    // Without a choice: the window.
    const plain = await apply(zhangsan, '普通护照签发');
    expect((await db.application.findUniqueOrThrow({ where: { id: plain.id } })).deliveryChoice).toBe('WINDOW');
  });

  it('can be changed by the applicant until the result is handed over, and by nobody else', async () => {
    const [zhangsan, qiye, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('qiye'), actorOf('clerk')]);
    await db.serviceItemVersion.updateMany({ where: { name: '普通护照签发', status: 'PUBLISHED' }, data: { postalDelivery: false } });
    const { id } = await apply(zhangsan, '普通护照签发');
    await expect(chooseDelivery(zhangsan, { applicationId: id, deliveryMethod: 'POST', deliveryAddress: '人民路18号' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(chooseDelivery(qiye, { applicationId: id, deliveryMethod: 'WINDOW' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await db.serviceItemVersion.updateMany({ where: { name: '普通护照签发', status: 'PUBLISHED' }, data: { postalDelivery: true } });
    await chooseDelivery(zhangsan, { applicationId: id, deliveryMethod: 'POST', deliveryAddress: '示范县城关镇人民路18号' });
    expect(await db.auditEvent.count({ where: { applicationId: id, action: 'choose-delivery', actorId: zhangsan.id } })).toBe(1);

    await approve(id, 'reviewer.ga');
    // Decided: still changeable, and the window's list shows the choice with the address.
    await chooseDelivery(zhangsan, { applicationId: id, deliveryMethod: 'POST', deliveryAddress: '示范县科创路8号' });
    const { receiptNumber } = await db.application.findUniqueOrThrow({ where: { id }, select: { receiptNumber: true } });
    const { rows } = await listResultsToDeliverPage(clerk, { q: receiptNumber! });
    expect(rows.map((r) => r.id)).toEqual([id]);
    const [row] = rows;
    expect(row).toMatchObject({ deliveryChoice: 'POST', deliveryAddress: '示范县科创路8号', methods: ['WINDOW', 'POST'] });

    await deliverResult(clerk, { applicationId: id, method: 'POST', trackingNumber: 'EMS1234567890CN' });
    await expect(chooseDelivery(zhangsan, { applicationId: id, deliveryMethod: 'WINDOW' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    // The applicant's page shows the handover with its tracking number.
    expect((await getResultDelivery(zhangsan, id))?.receipt).toMatchObject({ method: 'POST', trackingNumber: 'EMS1234567890CN' });
    expect(await getResultDelivery(qiye, id)).toBeNull();
  });

  it('tells the applicant where, when and with what to collect the result once decided, by the hall settings', async () => {
    const zhangsan = await actorOf('zhangsan');
    await db.setting.upsert({
      where: { key: 'hall-opening' },
      create: { key: 'hall-opening', value: { weekdays: [1, 2, 3, 4, 5, 6], open: '08:30', close: '17:30' } },
      update: { value: { weekdays: [1, 2, 3, 4, 5, 6], open: '08:30', close: '17:30' } },
    });
    const { id } = await apply(zhangsan, '普通护照签发');
    await approve(id, 'reviewer.ga');
    const message = await db.outboxMessage.findFirstOrThrow({
      where: { recipientId: zhangsan.id, channel: 'IN_APP', subject: '办理结果可领取：普通护照签发' },
    });
    expect(message.link).toBe(`/me/applications/${id}`);
    // Keyed: an English reader gets the same message with the days named in English.
    expect(message.messageKey).toBe('resultReadyPickup');
    expect(renderMessage('en', message.messageKey, message.messageValues)?.body).toContain('Mon to Sat 08:30–17:30');
    for (const part of ['示范县政务服务中心', '出件窗口（R01）', '周一至周六 08:30–17:30', '本人有效身份证件']) expect(message.body).toContain(part);

    // Posted instead: the message names the address.
    const posted = await apply(zhangsan, '普通护照签发', { deliveryMethod: 'POST', deliveryAddress: '示范县城关镇人民路18号' });
    await approve(posted.id, 'reviewer.ga');
    const told = await db.outboxMessage.findFirstOrThrow({ where: { recipientId: zhangsan.id, channel: 'IN_APP', subject: '办理结果待邮寄：普通护照签发' } });
    expect(told.body).toContain('示范县城关镇人民路18号');
  });
});

describe('certificates by type', () => {
  it('issues a passport for ten years to an adult, with passport fields instead of a 许可范围', async () => {
    const zhangsan = await actorOf('zhangsan');
    const { id } = await apply(zhangsan, '普通护照签发');
    await approve(id, 'reviewer.ga');
    const passport = await db.certificate.findFirstOrThrow({ where: { applicationId: id } });
    // Born 1990-03-15, 36 on 2026-11-23: 10 years, through the day before the anniversary.
    expect(SHANGHAI_DAY(passport.validUntil)).toBe('2036-11-22');
    expect(passport.scope).toBeNull();
    expect((passport.data as { fields: unknown }).fields).toContainEqual({ label: '护照类型', value: '普通护照（P）' });
  });

  it('gives a company licence its own term and the form answers as fields', async () => {
    const qiye = await actorOf('qiye');
    const { id } = await apply(qiye, '食品经营许可（新办）');
    await approveAtWindow(id);
    const licence = await db.certificate.findFirstOrThrow({ where: { applicationId: id } });
    expect(licence.type).toBe('食品经营许可证');
    expect(SHANGHAI_DAY(licence.validUntil)).toBe('2031-11-22');
    expect((licence.data as { fields: { label: string }[] }).fields.map((f) => f.label)).toEqual(expect.arrayContaining(['许可事项', '经营场所']));
  });

  it('replaces the holder’s ID card with the new one: the old one is 已被替换, still verifiable as such', async () => {
    const zhangsan = await actorOf('zhangsan');
    const old = await db.certificate.findFirstOrThrow({ where: { holderId: zhangsan.id, type: '居民身份证', status: 'VALID' } });
    const { id } = await apply(zhangsan, '居民身份证申领');
    await approve(id, 'reviewer.ga');
    const card = await db.certificate.findFirstOrThrow({ where: { applicationId: id } });
    // 36 years old: 20 years (居民身份证法 第五条).
    expect(SHANGHAI_DAY(card.validUntil)).toBe('2046-11-22');
    expect(await db.certificate.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ status: 'REPLACED', replacedById: card.id, replacedAt: monday });
    // The library holds the new card only; the old one is not offered as a material any more.
    const held = (await listHeldCertificates(zhangsan, monday)).filter((c) => c.type === '居民身份证');
    expect(held.map((c) => c.id)).toEqual([card.id]);
    // ... and lists the old one apart, as replaced.
    expect((await listReplacedCertificates(zhangsan)).map((c) => c.id)).toEqual([old.id]);
    // The verification page says the old one was replaced, and the new one is valid.
    const checked = await verifyDocument({ number: old.number, code: old.verifyCode, clientAddress: '203.0.113.7' }, monday);
    expect(checked).toMatchObject({ kind: 'certificate', status: 'REPLACED', replacedAt: monday });
    // The public page leaves out the birth date, as it leaves out the ID number.
    const verified = await verifyDocument({ number: card.number, code: card.verifyCode, clientAddress: '203.0.113.8' }, monday);
    expect((card.data as { fields: { label: string }[] }).fields.map((f) => f.label)).toContain('出生日期');
    expect(verified).toMatchObject({ fields: [] });
    expect(await verifyDocument({ number: card.number, code: card.verifyCode, clientAddress: '203.0.113.7' }, monday)).toMatchObject({ status: 'VALID' });
    // Another holder's card of the same type is untouched.
    expect(await db.certificate.count({ where: { type: '居民身份证', status: 'VALID', holderId: { not: zhangsan.id } } })).toBeGreaterThan(0);
  });
});
