import 'server-only';
import type { Tx } from '@/lib/db';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import type { NotifyMessage } from '@/lib/notify/render-message';
import { getPickupPlace } from './get-pickup-place';

/**
 * Once a case is decided, the applicant hears how the result reaches them, by
 * the way they chose: where and when to collect it and what to bring, where it
 * will be posted, or that it can be downloaded. A bundle's member is handed over
 * with its pack, which has its own message.
 */
export async function notifyResultReady(tx: Tx, applicationId: string) {
  const a = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { applicantId: true, bundleCaseId: true, deliveryChoice: true, deliveryAddress: true, version: { select: { name: true } } },
  });
  if (a.bundleCaseId) return;
  const link = `/me/applications/${applicationId}`;
  const item = a.version.name;
  const message: NotifyMessage =
    a.deliveryChoice === 'POST'
      ? { key: 'resultReadyPost', values: { item, address: a.deliveryAddress ?? '' } }
      : a.deliveryChoice === 'ELECTRONIC'
        ? { key: 'resultReadyElectronic', values: { item } }
        : await pickupMessage(tx, item);
  // Applicant-visible: also by e-mail / SMS where the applicant has an address on file.
  await enqueueMessage(tx, { recipientId: a.applicantId, message, link, external: ['EMAIL', 'SMS'] });
}

/** Where and when to collect it: the result windows and the hall's opening days, named in the reader's language. */
async function pickupMessage(tx: Tx, item: string): Promise<NotifyMessage> {
  const { center, windows, opening } = await getPickupPlace(tx);
  return { key: 'resultReadyPickup', values: { item, center, windows, openingWeekdays: opening.weekdays, open: opening.open, close: opening.close } };
}
