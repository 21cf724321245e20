// Issue 14 point 20: the fault test the project keeps. During a burst of
// submissions and acceptances the database is stopped (transactions in flight)
// and started again, and the outbox worker is killed mid-batch. Afterwards
// every acknowledged write is there exactly once, every message was delivered
// exactly once, and the app answered again within seconds, without a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../prisma/seed';
import { root } from '../../scripts/with-db.mjs';
import { db } from '@/lib/db';
import { acceptApplication } from '@/lib/intake/accept-application';
import { submitApplication } from '@/lib/intake/submit-application';
import { smsLogPath } from '@/lib/notify/sms-provider';
import { truncateAll } from '../support/truncate';
import { storeUpload } from '@/lib/files/store-upload';
import { actorOf, pdfBytes, publishedVersion, sampleAnswers } from '../support/factories';
import { formFieldsOf } from '@/lib/catalog/form-fields';
import { eventually, faultDatabase, sleep, within } from './support';

const LANES = 6;
// Each lane files at least this many cases, and goes on until the outage and
// the kill are over (so a fast machine cannot finish the burst before them).
const CASES_PER_LANE = 6;
const MAX_CASES_PER_LANE = 30;

function startWorker(): ChildProcess {
  return spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/fault/worker-child.ts'], {
    cwd: root,
    env: { ...process.env, FAULT_SMS_DELAY_MS: '40', FAULT_LEASE_MS: '3000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Retries a call like a person pressing the button again: the same submit key, so a repeat cannot file twice. */
const refused = { count: 0 };
async function withRetries<T>(call: () => Promise<T>): Promise<T | undefined> {
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      return await call();
    } catch {
      refused.count++;
      await sleep(400);
    }
  }
  return undefined;
}

describe('a database restart and a killed worker during a burst', () => {
  it('keeps every acknowledged write once and delivers every message once', async () => {
    await truncateAll(db);
    await seedDemoData(db, { quiet: true });
    await rm(smsLogPath(), { force: true });
    const [applicant, clerk] = await Promise.all([actorOf('zhangsan'), actorOf('clerk')]);
    const version = await publishedVersion('普通护照签发');
    const answers = sampleAnswers(formFieldsOf(version.formFields));
    const held = await db.certificate.findMany({ where: { holderId: applicant.id }, select: { type: true } });
    const toUpload = version.materials.filter((m) => m.required && !(m.certificateType && held.some((c) => c.type === m.certificateType)));
    const upload = async () => {
      const files: Record<string, string[]> = {};
      for (const m of toUpload) files[m.id] = [(await storeUpload(applicant, { name: `${m.name}.pdf`, bytes: pdfBytes(m.name) })).id];
      return files;
    };

    const submitted: { id: string; submitKey: string }[] = [];
    const accepted: { id: string; receiptNumber: string }[] = [];
    let faultsOver = false;
    const lane = async () => {
      for (let i = 0; i < MAX_CASES_PER_LANE && (i < CASES_PER_LANE || !faultsOver); i++) {
        const submitKey = randomUUID();
        const files = await withRetries(upload);
        if (!files) continue;
        const result = await withRetries(() =>
          submitApplication(applicant, { versionId: version.id, submitKey, contactName: applicant.name, contactPhone: '13800000001', files, answers }),
        );
        if (!result) continue;
        submitted.push({ id: result.id, submitKey });
        const acceptance = await withRetries(() => acceptApplication(clerk, result.id));
        if (acceptance) accepted.push({ id: result.id, receiptNumber: acceptance.receiptNumber });
      }
    };

    let worker = startWorker();
    const burst = Promise.all(Array.from({ length: LANES }, lane));

    // The database goes down while the lanes have transactions open.
    await sleep(1_500);
    await faultDatabase().halt();
    await sleep(1_000);
    await faultDatabase().start();
    const upAt = Date.now();
    await within(
      eventually(() => db.user.count(), 10_000),
      15_000,
      'the app after the database restart',
    );
    const answeredAfterMs = Date.now() - upAt;

    // The worker dies mid-batch: some messages sent, more waiting.
    await within(
      eventually(async () => {
        const [sent, waiting] = await Promise.all([
          db.outboxMessage.count({ where: { channel: 'SMS', status: 'SENT' } }),
          db.outboxMessage.count({ where: { channel: 'SMS', status: { in: ['PENDING', 'SENDING'] } } }),
        ]);
        if (sent < 1 || waiting < 1) throw new Error('no batch under way yet');
      }, 30_000),
      35_000,
      'a batch under way',
    );
    const sentBeforeKill = await db.outboxMessage.count({ where: { channel: 'SMS', status: 'SENT' } });
    worker.kill('SIGKILL');
    await new Promise((resolve) => worker.once('exit', resolve));
    worker = startWorker();
    faultsOver = true;

    await within(burst, 90_000, 'the burst');
    try {
      await within(
        eventually(async () => {
          const left = await db.outboxMessage.count({ where: { status: { in: ['PENDING', 'SENDING'] } } });
          if (left > 0) throw new Error(`${left} message(s) still to deliver`);
        }, 45_000),
        50_000,
        'the outbox to empty',
      );
    } finally {
      worker.kill('SIGTERM');
      await new Promise((resolve) => worker.once('exit', resolve));
    }

    console.log(
      `[fault] ${submitted.length} submissions and ${accepted.length} acceptances acknowledged, ${refused.count} calls refused during the outage, ` +
        `app answered ${answeredAfterMs} ms after the database was back, worker killed after ${sentBeforeKill} text(s) sent`,
    );
    expect(answeredAfterMs).toBeLessThan(5_000);
    // The outage did hit the burst: calls in flight were refused and retried.
    expect(refused.count).toBeGreaterThan(0);
    expect(submitted.length).toBeGreaterThanOrEqual(LANES * CASES_PER_LANE * 0.5);
    expect(accepted.length).toBeGreaterThan(0);

    // Every acknowledged submission is there once, under its own submit key.
    const rows = await db.application.findMany({
      where: { submitKey: { in: submitted.map((s) => s.submitKey) } },
      select: { id: true, submitKey: true, receiptNumber: true, status: true },
    });
    expect(rows.map((r) => r.id).sort()).toEqual(submitted.map((s) => s.id).sort());
    // Every acknowledged acceptance is there with its receipt number, and no number was given twice.
    for (const a of accepted)
      expect(rows.find((r) => r.id === a.id)).toMatchObject({ receiptNumber: a.receiptNumber, status: expect.not.stringMatching(/^SUBMITTED$/) });
    const numbers = rows.map((r) => r.receiptNumber).filter((n): n is string => n !== null);
    expect(new Set(numbers).size).toBe(numbers.length);
    // Each acceptance told the applicant once in the inbox...
    const acceptedRows = rows.filter((r) => r.receiptNumber);
    const inbox = await db.notification.findMany({ where: { userId: applicant.id, title: `已受理：${version.name}` }, select: { body: true } });
    for (const r of acceptedRows) expect(inbox.filter((n) => n.body.includes(r.receiptNumber!))).toHaveLength(1);
    // ...and once by SMS: one line per outbox message, each text once.
    const sms = await db.outboxMessage.findMany({ where: { channel: 'SMS' }, select: { id: true, status: true } });
    expect(sms.length).toBe(acceptedRows.length);
    expect(sms.every((m) => m.status === 'SENT')).toBe(true);
    const lines = (await readFile(smsLogPath(), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { key?: string; text: string });
    expect(lines.map((l) => l.key).sort()).toEqual(sms.map((m) => m.id).sort());
    for (const r of acceptedRows) expect(lines.filter((l) => l.text.includes(r.receiptNumber!))).toHaveLength(1);
  });
});
