import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { registerSubscriberSchema, type RegisterSubscriberInput } from './schemas';

/**
 * The admin registers a partner system to receive case events. The secret is
 * returned this once, to be handed over; the portal keeps it to sign with.
 */
export async function registerSubscriber(actor: Actor, input: RegisterSubscriberInput) {
  if (actor.role !== 'ADMIN') throw new AppError('NOT_FOUND');
  const data = registerSubscriberSchema.parse(input);
  const secret = data.secret ?? `whsec_${randomBytes(32).toString('base64url')}`;
  return db.$transaction(async (tx) => {
    const created = await tx.eventSubscriber.create({
      data: { name: data.name, url: data.url, types: data.types, personalData: data.personalData, secret, createdById: actor.id },
      select: { id: true, name: true },
    });
    // The secret stays out of the audit log.
    await recordAudit(tx, {
      actor,
      entity: 'EventSubscriber',
      entityId: created.id,
      action: 'register-event-subscriber',
      data: { name: data.name, url: data.url, types: data.types, personalData: data.personalData },
    });
    return { ...created, secret };
  });
}
