import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordTaskAudit } from '@/lib/audit/record-audit';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Gives an open task to a reviewer, under the lock the form saw: of two changes
 * at once one wins and the other gets CONFLICT. Audited in the caller's transaction.
 */
export async function setTaskAssignee(
  tx: Tx,
  args: {
    task: { id: string; applicationId: string; assigneeId: string | null };
    assigneeId: string;
    lock: number;
    actor: Actor;
    action: 'claim-task' | 'assign-task';
  },
) {
  const { task, assigneeId, lock, actor, action } = args;
  const updated = await tx.departmentTask.updateMany({
    where: { id: task.id, status: 'OPEN', lock },
    data: { assigneeId, lock: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError('CONFLICT');
  await recordTaskAudit(tx, task, {
    actor,
    action,
    data: { assigneeId, previousAssigneeId: task.assigneeId },
  });
}
