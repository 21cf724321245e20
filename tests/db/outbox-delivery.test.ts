// Issue 14 point 17: each message at most once. Every message is claimed and
// its attempt recorded before the send, recorded SENT right after it, and a
// stop lets the message in flight finish.
import { readFile, rm } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { deliverOutbox } from '@/lib/notify/deliver-outbox';
import { enqueueSmsOnly } from '@/lib/notify/enqueue-message';
import { runOutboxWorker } from '@/lib/notify/outbox-worker';
import { fileSmsProvider, smsLogPath, type SmsProvider } from '@/lib/notify/sms-provider';

type Sent = { phone: string; key: string };

function recordingProvider(delayMs = 0): SmsProvider & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    async send(phone, _text, { idempotencyKey }) {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      sent.push({ phone, key: idempotencyKey });
    },
  };
}

async function queueTexts(count: number): Promise<string[]> {
  for (let i = 0; i < count; i++) {
    await db.$transaction((tx) => enqueueSmsOnly(tx, { phone: `1390000${String(i).padStart(4, '0')}`, subject: '测试', body: `第 ${i} 条` }));
    // Distinct creation times keep the delivery order the order of the list.
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return (await db.outboxMessage.findMany({ where: { channel: 'SMS' }, orderBy: { createdAt: 'asc' }, select: { id: true } })).map((m) => m.id);
}

beforeEach(async () => {
  await db.outboxMessage.deleteMany();
});

describe('outbox delivery, one message at a time', () => {
  it('records the claim and the attempt before sending, and SENT right after', async () => {
    const [id] = await queueTexts(1);
    const seenDuringSend: unknown[] = [];
    const provider: SmsProvider = {
      async send(_phone, _text, { idempotencyKey }) {
        expect(idempotencyKey).toBe(id);
        // Read on another connection: what a crash at this moment would leave behind.
        seenDuringSend.push(await db.outboxMessage.findUniqueOrThrow({ where: { id }, select: { status: true, attempts: true } }));
      },
    };
    expect(await deliverOutbox(50, provider)).toBe(1);
    expect(seenDuringSend).toEqual([{ status: 'SENDING', attempts: 1 }]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it('after a worker dies mid-batch, repeats only the message in flight, with the same key', async () => {
    const ids = await queueTexts(5);
    const first = recordingProvider();
    let calls = 0;
    // The second send never returns: the worker is "killed" while it is in flight.
    const dying: SmsProvider = {
      async send(phone, text, options) {
        calls++;
        if (calls === 2) return new Promise<void>(() => {});
        await first.send(phone, text, options);
      },
    };
    void deliverOutbox(50, dying);
    await expect.poll(() => calls, { timeout: 5_000 }).toBe(2);
    const statuses = await db.outboxMessage.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: 'asc' }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(['SENT', 'SENDING', 'PENDING', 'PENDING', 'PENDING']);

    // Before the lease runs out nobody takes the claim over.
    const second = recordingProvider();
    await deliverOutbox(50, second);
    expect(second.sent.map((s) => s.key)).toEqual(ids.slice(2));
    // After it, the message in flight is sent again under its own key, and only it.
    await deliverOutbox(50, second, { leaseMs: 0 });
    expect(second.sent.map((s) => s.key)).toEqual([...ids.slice(2), ids[1]]);
    expect(first.sent.map((s) => s.key)).toEqual([ids[0]]);
    const rows = await db.outboxMessage.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, attempts: true } });
    expect(rows.every((r) => r.status === 'SENT')).toBe(true);
    expect(rows.find((r) => r.id === ids[1])?.attempts).toBe(2);
  });

  it('two workers never send one message twice', async () => {
    const ids = await queueTexts(20);
    const provider = recordingProvider(5);
    const [a, b] = await Promise.all([deliverOutbox(50, provider), deliverOutbox(50, provider)]);
    expect(a + b).toBe(20);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(provider.sent.map((s) => s.key).sort()).toEqual([...ids].sort());
  });

  it('a failed send goes back to the queue with its error, and fails for good after five attempts', async () => {
    const [id] = await queueTexts(1);
    const broken: SmsProvider = {
      async send() {
        throw new Error('gateway down');
      },
    };
    for (let attempt = 1; attempt <= 5; attempt++) await deliverOutbox(50, broken);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED', attempts: 5, lastError: 'gateway down' });
    expect(await deliverOutbox(50, broken)).toBe(0);
  });

  it('a stopping worker finishes the message in flight and claims no other', async () => {
    const ids = await queueTexts(3);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const provider: SmsProvider = {
      async send() {
        started++;
        await gate;
      },
    };
    const stop = new AbortController();
    let finished = false;
    const worker = runOutboxWorker({ signal: stop.signal, intervalMs: 50, sms: provider }).then(() => (finished = true));
    await expect.poll(() => started, { timeout: 5_000 }).toBe(1);
    stop.abort();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(finished).toBe(false);
    release();
    await worker;
    const statuses = await db.outboxMessage.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: 'asc' }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(['SENT', 'PENDING', 'PENDING']);
    expect(started).toBe(1);
  });

  it('the file provider writes one key once, however often it is sent', async () => {
    await rm(smsLogPath(), { force: true });
    await fileSmsProvider.send('13900000001', '一', { idempotencyKey: 'k-1' });
    await fileSmsProvider.send('13900000001', '一', { idempotencyKey: 'k-1' });
    await fileSmsProvider.send('13900000001', '二', { idempotencyKey: 'k-2' });
    const keys = (await readFile(smsLogPath(), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { key: string }).key);
    expect(keys).toEqual(['k-1', 'k-2']);
  });
});
