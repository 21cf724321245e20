import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answerComplaint } from '@/lib/complaints/answer-complaint';
import { fileComplaint } from '@/lib/complaints/file-complaint';
import { db } from '@/lib/db';
import { rateService } from '@/lib/evaluation/rate-service';
import { verifySignature } from '@/lib/events/cloud-event';
import { deliverEvents, MAX_ATTEMPTS } from '@/lib/events/deliver-events';
import { listDeliveries } from '@/lib/events/list-deliveries';
import { listSubscribers } from '@/lib/events/list-subscribers';
import { registerSubscriber } from '@/lib/events/register-subscriber';
import { replayDelivery } from '@/lib/events/replay-delivery';
import { setSubscriberActive } from '@/lib/events/set-subscriber-active';
import { acceptApplication } from '@/lib/intake/accept-application';
import { refreshWarnings } from '@/lib/supervision/refresh-warnings';
import { actorOf, submitOnline } from '../support/factories';
import { monday } from '../support/instants';

type Received = {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  event: Record<string, unknown> & { data: Record<string, unknown> };
};

/** A partner's receiver: records every request; answers each path with the next status of its script (200 once the script runs out). */
async function receiver() {
  const received: Received[] = [];
  const script: Record<string, number[]> = {};
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body, event: JSON.parse(body) });
      res.statusCode = script[path]?.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { base, received, script, at: (path: string) => received.filter((r) => r.path === path) };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

const later = (seconds: number) => () => new Date(Date.now() + seconds * 1000);
const ONLINE_SCORES = { overall: 2, efficiency: 3, guideAccuracy: 4, convenience: 4, easeOfUse: 4 };

describe('case events for partner systems', () => {
  it('are signed CloudEvents, in order per case, with personal data only for a subscriber allowed it', async () => {
    const [admin, applicant, clerk] = await Promise.all([actorOf('admin'), actorOf('zhangsan'), actorOf('clerk')]);
    const partner = await receiver();
    const full = await registerSubscriber(admin, {
      name: '电子监察系统',
      url: `${partner.base}/supervision`,
      types: ['cn.yichuang.case.status-changed', 'cn.yichuang.case.rated', 'cn.yichuang.complaint.filed'],
      personalData: 'on',
    });
    const bare = await registerSubscriber(admin, {
      name: '好差评系统',
      url: `${partner.base}/ratings`,
      types: ['cn.yichuang.case.status-changed', 'cn.yichuang.case.rated'],
      personalData: '',
      secret: 'a-partner-chosen-secret-of-32-characters!',
    });
    expect(full.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(bare.secret).toBe('a-partner-chosen-secret-of-32-characters!');

    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);
    await rateService(applicant, { applicationId: id, occasion: 'INTAKE', scores: ONLINE_SCORES, comment: '等了很久' }, monday);
    await fileComplaint(applicant, { target: 'CASE', applicationId: id, content: '受理后一直没有进展。' }, monday);

    // Acceptance opens the review at once: ACCEPTED, then IN_REVIEW.
    expect(await deliverEvents()).toBe(9);
    const supervision = partner.at('/supervision');
    const ratings = partner.at('/ratings');
    expect(supervision.map((r) => [r.event.type, r.event.data.status])).toEqual([
      ['cn.yichuang.case.status-changed', 'SUBMITTED'],
      ['cn.yichuang.case.status-changed', 'ACCEPTED'],
      ['cn.yichuang.case.status-changed', 'IN_REVIEW'],
      ['cn.yichuang.case.rated', 'IN_REVIEW'],
      ['cn.yichuang.complaint.filed', undefined],
    ]);
    expect(ratings.map((r) => r.event.type)).toEqual([
      'cn.yichuang.case.status-changed',
      'cn.yichuang.case.status-changed',
      'cn.yichuang.case.status-changed',
      'cn.yichuang.case.rated',
    ]);

    for (const [r, secret] of [...supervision.map((r) => [r, full.secret] as const), ...ratings.map((r) => [r, bare.secret] as const)]) {
      expect(r.headers['content-type']).toBe('application/cloudevents+json; charset=utf-8');
      expect(verifySignature(secret, r.headers['yichuang-signature'] as string, r.headers['yichuang-timestamp'] as string, r.body)).toBe(true);
      // Another subscriber's secret, or a body changed on the way, does not verify.
      expect(
        verifySignature(
          secret === full.secret ? bare.secret : full.secret,
          r.headers['yichuang-signature'] as string,
          r.headers['yichuang-timestamp'] as string,
          r.body,
        ),
      ).toBe(false);
      expect(
        verifySignature(secret, r.headers['yichuang-signature'] as string, r.headers['yichuang-timestamp'] as string, r.body.replace('"1.0"', '"1.1"')),
      ).toBe(false);
      expect(r.event).toMatchObject({ specversion: '1.0', subject: id, datacontenttype: 'application/json' });
      expect(r.event.id).toEqual(expect.any(String));
      expect(new Date(r.event.time as string).toISOString()).toBe(r.event.time);
    }
    // One sequence for all: each case's events arrive in ascending order.
    const sequence = supervision.map((r) => BigInt(r.event.sequence as string));
    expect([...sequence].sort((a, b) => (a < b ? -1 : 1))).toEqual(sequence);

    const [submitted, accepted, , rated, complained] = supervision.map((r) => r.event.data);
    const receipt = (await db.application.findUniqueOrThrow({ where: { id }, select: { receiptNumber: true } })).receiptNumber;
    expect(submitted).toMatchObject({
      applicationId: id,
      status: 'SUBMITTED',
      previousStatus: null,
      action: 'submit',
      channel: 'ONLINE',
      applicantName: applicant.name,
      contactPhone: '13800000001',
    });
    expect(accepted).toMatchObject({ status: 'ACCEPTED', previousStatus: 'SUBMITTED', receiptNumber: receipt, itemCode: expect.any(String) });
    expect(rated).toMatchObject({ occasion: 'INTAKE', overall: 2, comment: '等了很久', rectificationId: expect.any(String) });
    expect(complained).toMatchObject({
      complaintId: expect.any(String),
      target: 'CASE',
      complaintStatus: 'SUBMITTED',
      applicationId: id,
      content: '受理后一直没有进展。',
    });

    // The subscriber without personal data gets the same events with ids and codes only.
    const personal = ['applicantName', 'applicantIdNo', 'contactName', 'contactPhone', 'reason', 'comment'];
    for (const r of ratings) for (const key of personal) expect(r.event.data).not.toHaveProperty(key);
    expect(ratings[3].event.data).toMatchObject({ overall: 2, scores: ONLINE_SCORES });
    expect(ratings[3].body).not.toContain(applicant.name);
    expect(ratings.map((r) => r.event.id)).toEqual(supervision.slice(0, 4).map((r) => r.event.id));

    // Nothing more is due; the admin's list counts what went out.
    expect(await deliverEvents()).toBe(0);
    expect((await listSubscribers(admin)).map((s) => [s.name, s.sent, s.pending, s.failed])).toEqual([
      ['好差评系统', 4, 0, 0],
      ['电子监察系统', 5, 0, 0],
    ]);
  });

  it("retry after a failure with back-off, holding the case's later events until the earlier one is delivered", async () => {
    const [admin, applicant, clerk] = await Promise.all([actorOf('admin'), actorOf('zhangsan'), actorOf('clerk')]);
    const partner = await receiver();
    const sub = await registerSubscriber(admin, {
      name: '电子监察系统',
      url: `${partner.base}/hook`,
      types: ['cn.yichuang.case.status-changed'],
      personalData: '',
    });
    const first = await submitOnline(applicant, '普通护照签发', monday);
    const second = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, first.id, monday);

    // The receiver fails the first event (the first case's submission) once.
    partner.script['/hook'] = [500];
    expect(await deliverEvents()).toBe(2);
    // Tried: the first case's submission (500); the second case does not wait for the first. The first case's acceptance waits.
    expect(partner.received.map((r) => [r.event.subject, r.event.data.status])).toEqual([
      [first.id, 'SUBMITTED'],
      [second.id, 'SUBMITTED'],
    ]);
    const failed = await db.eventDelivery.findFirstOrThrow({
      where: { subject: first.id, status: 'PENDING', attempts: 1 },
      select: { id: true, nextAttemptAt: true, lastStatus: true, lastError: true },
    });
    expect(failed).toMatchObject({ lastStatus: 500, lastError: 'HTTP 500' });
    // The back-off: 30 s after the failure, not before.
    expect(await deliverEvents({ now: later(10) })).toBe(0);
    expect(await deliverEvents({ now: later(31) })).toBe(3);
    expect(partner.received.slice(2).map((r) => [r.event.subject, r.event.data.status])).toEqual([
      [first.id, 'SUBMITTED'],
      [first.id, 'ACCEPTED'],
      [first.id, 'IN_REVIEW'],
    ]);
    // The retry is the same event, signed again.
    expect(partner.received[2].event.id).toBe(partner.received[0].event.id);
    expect(
      verifySignature(
        sub.secret,
        partner.received[2].headers['yichuang-signature'] as string,
        partner.received[2].headers['yichuang-timestamp'] as string,
        partner.received[2].body,
        Date.now() + 31_000,
      ),
    ).toBe(true);

    const log = await listDeliveries(admin, sub.id);
    const retried = log.deliveries.find((d) => d.id === failed.id)!;
    expect(retried).toMatchObject({ status: 'SENT', attempts: 2, lastStatus: 200 });
    expect(retried.log.map((l) => [l.httpStatus, l.error, l.replay])).toEqual([
      [200, null, false],
      [500, 'HTTP 500', false],
    ]);
  });

  it("fail for good after the last attempt, keep the case waiting, and go out again on the admin's replay", async () => {
    const [admin, applicant, clerk] = await Promise.all([actorOf('admin'), actorOf('zhangsan'), actorOf('clerk')]);
    const partner = await receiver();
    const sub = await registerSubscriber(admin, {
      name: '电子监察系统',
      url: `${partner.base}/hook`,
      types: ['cn.yichuang.case.status-changed'],
      personalData: '',
    });
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await acceptApplication(clerk, id, monday);

    partner.script['/hook'] = Array(MAX_ATTEMPTS).fill(503);
    let hours = 0;
    for (let i = 0; i < MAX_ATTEMPTS; i++) await deliverEvents({ now: later((hours += 2) * 3600), batchSize: 1 });
    const submission = await db.eventDelivery.findFirstOrThrow({
      where: { subject: id },
      orderBy: { seq: 'asc' },
      select: { id: true, status: true, attempts: true },
    });
    expect(submission).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS });
    // The acceptance never went before the submission.
    expect(partner.received.every((r) => r.event.data.status === 'SUBMITTED')).toBe(true);
    expect(await deliverEvents({ now: later((hours += 2) * 3600) })).toBe(0);

    // Only the admin replays; a delivery of nobody's is not found.
    await expect(replayDelivery(clerk, { id: submission.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(replayDelivery(admin, { id: 'no-such-delivery' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await replayDelivery(admin, { id: submission.id });
    expect(await deliverEvents()).toBe(3);
    expect(partner.received.slice(MAX_ATTEMPTS).map((r) => r.event.data.status)).toEqual(['SUBMITTED', 'ACCEPTED', 'IN_REVIEW']);

    // A delivered event replayed (the partner lost it) goes out once more, with the same id, logged as a replay.
    const inReview = await db.eventDelivery.findFirstOrThrow({ where: { subject: id }, orderBy: { seq: 'desc' }, select: { id: true, eventId: true } });
    await replayDelivery(admin, { id: inReview.id });
    expect(await deliverEvents()).toBe(1);
    expect(partner.received.at(-1)!.event.id).toBe(inReview.eventId);
    const log = await listDeliveries(admin, sub.id);
    expect(log.deliveries.find((d) => d.id === inReview.id)!.log.map((l) => l.replay)).toEqual([true, false]);
    expect(await db.auditEvent.count({ where: { action: 'replay-event-delivery' } })).toBe(2);
  });

  it("reach only active subscribers of the type, are not written without one, and are the admin's to manage", async () => {
    const [admin, applicant, clerk] = await Promise.all([actorOf('admin'), actorOf('zhangsan'), actorOf('clerk')]);
    await submitOnline(applicant, '普通护照签发', monday);
    // No subscriber: nothing is kept.
    expect(await db.caseEvent.count()).toBe(0);

    const partner = await receiver();
    await expect(
      registerSubscriber(clerk, { name: '某系统', url: `${partner.base}/x`, types: ['cn.yichuang.case.rated'], personalData: '' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      registerSubscriber(admin, { name: '某系统', url: 'ftp://example.org/x', types: ['cn.yichuang.case.rated'], personalData: '' }),
    ).rejects.toMatchObject({ name: 'ZodError' });
    await expect(
      registerSubscriber(admin, { name: '某系统', url: `${partner.base}/x`, types: ['cn.yichuang.case.unknown'], personalData: '' }),
    ).rejects.toMatchObject({ name: 'ZodError' });
    await expect(listDeliveries(clerk, 'x')).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const ratings = await registerSubscriber(admin, {
      name: '好差评系统',
      url: `${partner.base}/ratings`,
      types: ['cn.yichuang.case.rated'],
      personalData: '',
    });
    const paused = await registerSubscriber(admin, {
      name: '电子监察系统',
      url: `${partner.base}/paused`,
      types: ['cn.yichuang.case.status-changed'],
      personalData: '',
    });
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    await setSubscriberActive(admin, { id: paused.id, active: 'false' });
    await expect(setSubscriberActive(admin, { id: paused.id, active: 'false' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await acceptApplication(clerk, id, monday);
    // The ratings subscriber wants no status changes; the paused one keeps its queued event and gets no new one.
    expect(await db.eventDelivery.count({ where: { subscriberId: ratings.id } })).toBe(0);
    expect(await db.eventDelivery.count({ where: { subscriberId: paused.id } })).toBe(1);
    expect(await deliverEvents()).toBe(0);
    await setSubscriberActive(admin, { id: paused.id, active: 'true' });
    expect(await deliverEvents()).toBe(1);
    expect(partner.at('/paused').map((r) => r.event.data.status)).toEqual(['SUBMITTED']);
  });

  it('tell of a deadline warning, and of a complaint answered about a window, each in its own case', async () => {
    const [admin, applicant, supervisor] = await Promise.all([actorOf('admin'), actorOf('zhangsan'), actorOf('supervisor')]);
    const partner = await receiver();
    await registerSubscriber(admin, {
      name: '电子监察系统',
      url: `${partner.base}/hook`,
      types: ['cn.yichuang.case.warning-changed', 'cn.yichuang.complaint.answered'],
      personalData: '',
    });
    const { id } = await submitOnline(applicant, '普通护照签发', monday);
    // Two weeks later nobody has decided on the submission: its intake is overdue.
    await refreshWarnings(new Date(monday.getTime() + 14 * 86_400_000));
    const window = await db.window.findFirstOrThrow({ select: { id: true } });
    const complaint = await fileComplaint(applicant, { target: 'WINDOW', windowId: window.id, content: '窗口排队太久。' }, monday);
    await answerComplaint(supervisor, { complaintId: complaint.id, answer: '已增开窗口。' }, monday);

    expect(await deliverEvents()).toBe(2);
    expect(partner.received.map((r) => [r.event.type, r.event.subject])).toEqual([
      ['cn.yichuang.case.warning-changed', id],
      ['cn.yichuang.complaint.answered', complaint.id],
    ]);
    expect(partner.received[0].event.data).toMatchObject({ applicationId: id, scope: 'intake', previousLevel: 'GREEN', level: 'RED', warning: 'RED' });
    expect(partner.received[1].event.data).toMatchObject({ complaintId: complaint.id, target: 'WINDOW', windowId: window.id, complaintStatus: 'ANSWERED' });
    expect(partner.received[1].event.data).not.toHaveProperty('answer');
  });
});
