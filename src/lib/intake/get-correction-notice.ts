import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { visibleApplications } from '@/lib/applications/access';
import { db } from '@/lib/db';

export type CorrectionItem = { materialId: string; name: string; status: 'MISSING' | 'DEFECTIVE'; reason: string };

/** The latest one-notice (一次性告知书) of an application the actor may see, or null. */
export async function getCorrectionNotice(actor: Actor, applicationId: string) {
  const notice = await db.correctionNotice.findFirst({
    where: { applicationId, application: visibleApplications(actor) },
    orderBy: { issuedAt: 'desc' },
    select: { id: true, items: true, note: true, issuedAt: true, answeredAt: true },
  });
  if (!notice) return null;
  return { ...notice, items: notice.items as CorrectionItem[] };
}
