import 'server-only';
import { db } from '@/lib/db';

// The interface's own date: the changeset never goes below it (an empty catalog).
const INTERFACE_CHANGED = new Date('2026-12-06T00:00:00Z');

/**
 * The discovery changeset: when the catalog last changed. Every publish,
 * retire or edit of an item is audited, so the latest such audit event is the
 * time; versions created without one (the seed, an import) count by their
 * creation time. Bundles are in the service list too: their versions count.
 */
export async function open311Changeset(): Promise<string> {
  const [audit, versions, bundles] = await Promise.all([
    db.auditEvent.aggregate({ where: { entity: { in: ['ServiceItem', 'ServiceItemVersion', 'BundleVersion'] } }, _max: { at: true } }),
    db.serviceItemVersion.aggregate({ where: { status: { not: 'DRAFT' } }, _max: { createdAt: true } }),
    db.bundleVersion.aggregate({ where: { status: { not: 'DRAFT' } }, _max: { publishedAt: true } }),
  ]);
  const times = [audit._max.at, versions._max.createdAt, bundles._max.publishedAt, INTERFACE_CHANGED].filter((d): d is Date => d instanceof Date);
  return new Date(Math.max(...times.map((d) => d.getTime()))).toISOString();
}
