import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import type { Tx } from '@/lib/db';

export type AuditEntry = {
  actor: Actor | null;
  entity: 'Application' | 'DepartmentTask' | 'ServiceItem' | 'ServiceItemVersion' | 'CalendarDay' | 'User' | 'Setting' | 'ApplicationMessage' | 'Evaluation' | 'Rectification' | 'Complaint' | 'Inquiry' | 'Appointment' | 'Department' | 'Window' | 'QueueTicket' | 'StoredFile' | 'Decision' | 'Certificate' | 'Notice' | 'BundleVersion' | 'BundleCase' | 'ApiKey' | 'EventSubscriber' | 'EventDelivery';
  entityId: string;
  action: string;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
  data?: Prisma.InputJsonValue;
  applicationId?: string | null;
};

/** Writes one audit event; always called inside the transaction of the change it records. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? null,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      fromStatus: entry.from ?? null,
      toStatus: entry.to ?? null,
      reason: entry.reason ?? null,
      data: entry.data,
      applicationId: entry.applicationId ?? null,
    },
  });
}
