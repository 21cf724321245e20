import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Role } from '@/generated/prisma/enums';
import type { Tx } from '@/lib/db';
import type { AuditAction, AuditEntity } from './vocabulary';

/** Who acted: an Actor of lib/auth, of which the trail keeps the id and role (audit stays below auth). */
export type AuditActor = { id: string; role: Role };

export type AuditEntry = {
  actor: AuditActor | null;
  entity: AuditEntity;
  entityId: string;
  action: AuditAction;
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

/** Writes one audit event about an application itself (not one of its tasks or parts): the application is the entity and the case. */
export async function recordApplicationAudit(tx: Tx, applicationId: string, entry: Omit<AuditEntry, 'entity' | 'entityId' | 'applicationId'>): Promise<void> {
  await recordAudit(tx, { ...entry, entity: 'Application', entityId: applicationId, applicationId });
}

/** Writes one audit event about a department task, on the trail of the case it belongs to. */
export async function recordTaskAudit(
  tx: Tx,
  task: { id: string; applicationId: string },
  entry: Omit<AuditEntry, 'entity' | 'entityId' | 'applicationId'>,
): Promise<void> {
  await recordAudit(tx, { ...entry, entity: 'DepartmentTask', entityId: task.id, applicationId: task.applicationId });
}
