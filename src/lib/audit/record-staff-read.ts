import 'server-only';
import { db } from '@/lib/db';
import { recordAudit, type AuditActor } from './record-audit';

export type ReadDocument = 'StoredFile' | 'Decision' | 'Certificate' | 'Notice';

/**
 * A member of staff opened a citizen's document: who, when (the event's time)
 * and which one go into the case's trail, so supervision can answer "who looked
 * at my file". The applicant's own reads are not recorded. Written after the
 * access check passed and before the bytes are sent: a read that cannot be
 * recorded is not served. The entity is the document, not the Application, so
 * the public progress page (which shows Application events) never lists reads.
 */
export async function recordStaffRead(
  actor: AuditActor,
  read: { entity: ReadDocument; entityId: string; applicationId: string | null; name?: string },
): Promise<void> {
  if (actor.role === 'APPLICANT') return;
  await recordAudit(db, {
    actor,
    entity: read.entity,
    entityId: read.entityId,
    applicationId: read.applicationId,
    action: 'read',
    // Shown as the event's note on the supervision trail: which document.
    reason: read.name ?? null,
  });
}
