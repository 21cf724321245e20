import { createHmac, timingSafeEqual } from 'node:crypto';

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';
export const SIGNATURE_HEADER = 'Yichuang-Signature';
export const TIMESTAMP_HEADER = 'Yichuang-Timestamp';
export const DELIVERY_HEADER = 'Yichuang-Delivery';

export type StoredEvent = { id: string; seq: bigint; type: string; subject: string; time: Date; data: unknown; personal: unknown };

/**
 * The event in CloudEvents 1.0 structured mode (the JSON format): the required
 * attributes, `subject` (the case), `time`, and the `sequence` extension (the
 * event's place in the portal's order, as a string, per the extension's spec).
 * Personal fields are merged into `data` only for a subscriber allowed them.
 */
export function cloudEvent(event: StoredEvent, options: { source: string; personalData: boolean }) {
  const data = { ...(event.data as Record<string, unknown>) };
  if (options.personalData && event.personal && typeof event.personal === 'object') Object.assign(data, event.personal);
  return {
    specversion: '1.0',
    id: event.id,
    source: options.source,
    type: event.type,
    subject: event.subject,
    time: event.time.toISOString(),
    datacontenttype: 'application/json',
    sequence: event.seq.toString(),
    data,
  };
}

/** HMAC-SHA256 of `${timestamp}.${body}` with the subscriber's secret, as `sha256=<hex>`. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does (docs/integration.md shows it in a few languages): the
 * signature matches and the timestamp is recent, which stops a replayed
 * capture. Used by the tests' receiver.
 */
export function verifySignature(
  secret: string,
  header: string | null | undefined,
  timestamp: string | null | undefined,
  body: string,
  now = Date.now(),
  toleranceSeconds = 300,
): boolean {
  if (!header || !timestamp || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(now / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(signature(secret, Number(timestamp), body));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
