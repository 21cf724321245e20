import 'server-only';
import { db } from '@/lib/db';

/**
 * The account a person may activate with this ID number, or null.
 *
 * The rule (no field on User for it): an APPLICANT account that the window
 * registered for a walk-in (its audit event 'register-walk-in-applicant', see
 * register-walk-in.ts) and none of whose activation codes has been used yet.
 * Every other account (a demo or self-registered applicant, staff, one that has
 * already been activated) already belongs to someone who knows its password,
 * and can never be taken over by knowing an ID number and a phone number.
 */
export async function activatableAccount(idNumber: string) {
  const user = await db.user.findFirst({
    where: { idNumber, role: 'APPLICANT', active: true, activationCodes: { none: { usedAt: { not: null } } } },
    select: { id: true, name: true, role: true, username: true, phone: true },
  });
  if (!user) return null;
  const registeredAtWindow = await db.auditEvent.count({ where: { entity: 'User', entityId: user.id, action: 'register-walk-in-applicant' } });
  return registeredAtWindow > 0 ? user : null;
}
