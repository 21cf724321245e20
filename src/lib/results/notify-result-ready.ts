import 'server-only';
import type { Tx } from '@/lib/db';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { getPickupPlace, openingLine } from './get-pickup-place';

const WHAT_TO_BRING = '本人有效身份证件；代领的，另带申请人签署的委托书和代领人身份证件';

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
  const message =
    a.deliveryChoice === 'POST'
      ? { subject: `办理结果待邮寄：${a.version.name}`, body: `办理结果将邮寄至：${a.deliveryAddress}。寄出后可在办件页面查看运单号。` }
      : a.deliveryChoice === 'ELECTRONIC'
        ? { subject: `办理结果可下载：${a.version.name}`, body: '办理结果已可在办件页面下载。' }
        : await (async () => {
            const place = await getPickupPlace(tx);
            return {
              subject: `办理结果可领取：${a.version.name}`,
              body: `请到${place.center}${place.windows.join('、')}领取，时间：${openingLine(place.opening)}。请携带：${WHAT_TO_BRING}。`,
            };
          })();
  // Applicant-visible: also by e-mail / SMS where the applicant has an address on file.
  await enqueueMessage(tx, { recipientId: a.applicantId, ...message, link, external: ['EMAIL', 'SMS'] });
}
