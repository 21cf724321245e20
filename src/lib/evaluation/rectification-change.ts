import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { RectificationStatus } from '@/generated/prisma/enums';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { AuditAction } from '@/lib/audit/vocabulary';
import type { Tx } from '@/lib/db';

/** A rectification as the department works it and supervision reviews it: its state, and the case and rater to tell. */
export const rectificationToChange = {
  id: true,
  status: true,
  closedAt: true,
  departmentId: true,
  evaluation: { select: { applicationId: true, raterId: true, application: { select: { version: { select: { name: true } } } } } },
} satisfies Prisma.RectificationSelect;

/** The audit event of a rectification's change; the case it belongs to goes in its data. */
export async function recordRectificationAudit(
  tx: Tx,
  rectification: { id: string; evaluation: { applicationId: string } },
  entry: { actor: Actor; action: AuditAction; from: RectificationStatus; to: RectificationStatus; reason: string | null },
) {
  await recordAudit(tx, { ...entry, entity: 'Rectification', entityId: rectification.id, data: { applicationId: rectification.evaluation.applicationId } });
}
