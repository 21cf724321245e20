import 'server-only';
import { type Actor, assertRole } from '@/lib/auth/actor';
import { recordApplicationAudit } from '@/lib/audit/record-audit';
import { db, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { checkDeliveryChoice, type DeliveryMethod, type DeliverySettings } from './delivery-options';
import { chooseDeliverySchema, type ChooseDeliveryInput } from './schemas';

/** A case may change its choice until the result is handed over; a bundle's member is delivered with its pack. */
const OPEN_FOR_CHOICE = ['SUBMITTED', 'CORRECTION_REQUIRED', 'ACCEPTED', 'IN_REVIEW', 'SUSPENDED', 'DECIDED'] as const;

/**
 * The applicant chooses (or changes) how the result reaches them: window
 * pickup, post to an address, or download, as the item allows.
 */
export async function chooseDelivery(actor: Actor, input: ChooseDeliveryInput, now = new Date()) {
  assertRole(actor, ['APPLICANT']);
  const data = parseInput(chooseDeliverySchema, input);
  const application = await db.application.findFirst({
    where: { id: data.applicationId, applicantId: actor.id, status: { not: 'DRAFT' } },
    select: { id: true, status: true, bundleCaseId: true, version: { select: { postalDelivery: true, electronicDelivery: true, resultCertificate: true } } },
  });
  if (!application) throw new AppError('NOT_FOUND');
  if (application.bundleCaseId || !(OPEN_FOR_CHOICE as readonly string[]).includes(application.status)) {
    throw new AppError('INVALID_TRANSITION', { status: application.status });
  }
  return db.$transaction(async (tx) => {
    await setDeliveryChoice(tx, {
      actor,
      applicationId: application.id,
      item: application.version,
      method: data.deliveryMethod,
      address: data.deliveryAddress,
      now,
    });
    return { method: data.deliveryMethod };
  });
}

/** Records a checked choice with its audit event, in the caller's transaction (also used when filing). */
async function setDeliveryChoice(
  tx: Tx,
  args: { actor: Actor; applicationId: string; item: DeliverySettings; method: DeliveryMethod; address: string; now: Date },
) {
  const fieldErrors = checkDeliveryChoice(args.item, { method: args.method, address: args.address });
  if (Object.keys(fieldErrors).length > 0) throw new AppError('INVALID_INPUT', { fieldErrors });
  const address = args.method === 'POST' ? args.address.trim() : null;
  const changed = await tx.application.updateMany({
    where: { id: args.applicationId, status: { notIn: ['DELIVERED', 'WITHDRAWN', 'REJECTED'] } },
    data: { deliveryChoice: args.method, deliveryAddress: address },
  });
  if (changed.count !== 1) throw new AppError('CONFLICT');
  await recordApplicationAudit(tx, args.applicationId, {
    actor: args.actor,
    action: 'choose-delivery',
    data: { method: args.method },
  });
}
