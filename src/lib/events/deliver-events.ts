import 'server-only';
import { env } from '@/env';
import { db } from '@/lib/db';
import { cloudEvent, CLOUDEVENTS_CONTENT_TYPE, DELIVERY_HEADER, signature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './cloud-event';

/** After this many failed attempts a delivery is FAILED and waits for the admin's replay (and so does the rest of its case). */
export const MAX_ATTEMPTS = 10;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;
const TIMEOUT_MS = 10_000;
/** A claim older than this was left by a worker that died mid-send. */
const LEASE_MS = 2 * 60_000;

/** The wait before attempt `attempts + 1`: 30 s, 1 min, 2 min, ... at most an hour. */
function retryDelayMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

type Claimed = { id: string; eventId: string; subscriberId: string; attempts: number; replayPending: boolean };

export type DeliverEventsOptions = {
  now?: () => Date;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  batchSize?: number;
};

/**
 * Delivers due event deliveries one at a time, as the message outbox does
 * (deliver-outbox.ts): claim with FOR UPDATE SKIP LOCKED (two workers never
 * take one delivery), POST, record the answer. A delivery is due when its
 * back-off has passed and every earlier delivery of the same subscriber and
 * case has been SENT: a later event of a case waits while an earlier one is
 * undelivered, so a receiver sees each case's events in order. A 2xx answer is
 * success; anything else, a timeout or a refused connection is retried with
 * exponential back-off. Returns how many deliveries were attempted.
 */
export async function deliverEvents(options: DeliverEventsOptions = {}): Promise<number> {
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 50;
  let handled = 0;
  while (handled < batchSize && !options.signal?.aborted) {
    const at = now();
    const leaseCutoff = new Date(at.getTime() - LEASE_MS);
    const [claimed] = await db.$queryRaw<Claimed[]>`
      UPDATE "EventDelivery" SET status = 'SENDING', "claimedAt" = ${at}, attempts = attempts + 1
      WHERE id = (
        SELECT d.id FROM "EventDelivery" d
        WHERE ((d.status = 'PENDING' AND d."nextAttemptAt" <= ${at}) OR (d.status = 'SENDING' AND d."claimedAt" < ${leaseCutoff}))
          AND EXISTS (SELECT 1 FROM "EventSubscriber" s WHERE s.id = d."subscriberId" AND s.active)
          AND NOT EXISTS (
            SELECT 1 FROM "EventDelivery" e
            WHERE e."subscriberId" = d."subscriberId" AND e.subject = d.subject AND e.seq < d.seq AND e.status <> 'SENT')
        ORDER BY d.seq LIMIT 1 FOR UPDATE OF d SKIP LOCKED)
      RETURNING id, "eventId", "subscriberId", attempts, "replayPending"`;
    if (!claimed) break;
    await deliverOne(claimed, now, options.fetch ?? fetch);
    handled++;
  }
  return handled;
}

async function deliverOne(claimed: Claimed, now: () => Date, send: typeof fetch): Promise<void> {
  const delivery = await db.eventDelivery.findUnique({
    where: { id: claimed.id },
    select: {
      event: { select: { id: true, seq: true, type: true, subject: true, time: true, data: true, personal: true } },
      subscriber: { select: { url: true, secret: true, personalData: true } },
    },
  });
  if (!delivery) return;
  const body = JSON.stringify(cloudEvent(delivery.event, { source: eventSource(), personalData: delivery.subscriber.personalData }));
  const timestamp = Math.floor(now().getTime() / 1000);
  const started = Date.now();
  let httpStatus: number | null = null;
  let error: string | null = null;
  try {
    const response = await send(delivery.subscriber.url, {
      method: 'POST',
      headers: {
        'content-type': CLOUDEVENTS_CONTENT_TYPE,
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signature(delivery.subscriber.secret, timestamp, body),
        // The same on every attempt: with the event id, a receiver can drop a repeat.
        [DELIVERY_HEADER]: claimed.id,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    httpStatus = response.status;
    // Read (and drop) the body so the connection is reused.
    await response.arrayBuffer().catch(() => undefined);
    if (response.status < 200 || response.status >= 300) error = `HTTP ${response.status}`;
  } catch (e) {
    error = e instanceof Error ? (e.cause instanceof Error ? `${e.message}: ${e.cause.message}` : e.message).slice(0, 500) : 'send failed';
  }
  const durationMs = Date.now() - started;
  const at = now();
  const failed = error !== null && claimed.attempts >= MAX_ATTEMPTS;
  await db.$transaction(async (tx) => {
    // Only while the claim is ours: a lease taken over meanwhile records its own attempt.
    const ours = await tx.eventDelivery.updateMany({
      where: { id: claimed.id, status: 'SENDING', attempts: claimed.attempts },
      data:
        error === null
          ? { status: 'SENT', deliveredAt: at, lastStatus: httpStatus, lastError: null, replayPending: false }
          : {
              status: failed ? 'FAILED' : 'PENDING',
              nextAttemptAt: new Date(at.getTime() + retryDelayMs(claimed.attempts)),
              lastStatus: httpStatus,
              lastError: error,
              replayPending: false,
            },
    });
    if (ours.count === 1)
      await tx.eventDeliveryAttempt.create({ data: { deliveryId: claimed.id, at, httpStatus, error, durationMs, replay: claimed.replayPending } });
  });
}

/** The CloudEvents `source`: the portal's own address. */
function eventSource(): string {
  return `${env.PUBLIC_BASE_URL.replace(/\/$/, '')}/`;
}
