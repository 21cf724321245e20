import 'server-only';
import { type Actor, assertRole, DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** What an approval of this task leads to, as decideTask will do it. */
type ApprovalOutcome =
  | { kind: 'waitForOthers'; departments: string[] }
  | { kind: 'nextStage'; stageName: string; departments: string[] }
  | { kind: 'conclude'; resultName: string; certificate: string | null };

export type DecisionPreview = {
  approval: ApprovalOutcome;
  /** The title of the decision letter either way (准予/不予 + 行政许可 for licensing items, else 办理). */
  licensing: boolean;
  resultName: string;
  /** The applicant is addressed as 你单位 in the letter. */
  company: boolean;
  /** Tasks a denial cancels: the other departments of this stage still open, and the stages still waiting. */
  cancelledByDenial: number;
};

/**
 * What the reviewer is about to issue, for the confirmation before a decision:
 * read the same way decideTask decides (other open tasks of the stage, the next
 * waiting stage, the item's result), so the page says what will happen.
 */
export async function getDecisionPreview(actor: Actor, taskId: string): Promise<DecisionPreview> {
  assertRole(actor, DEPARTMENT_ROLES, 'department');
  const task = await db.departmentTask.findFirst({
    where: { id: taskId, departmentId: actor.departmentId, openedAt: { not: null } },
    select: {
      id: true,
      stageSort: true,
      application: {
        select: {
          applicantKind: true,
          version: { select: { type: true, resultName: true, resultCertificate: true } },
          tasks: {
            select: { id: true, stageSort: true, stageName: true, status: true, department: { select: { name: true, region: { select: { name: true } } } } },
          },
        },
      },
    },
  });
  if (!task) throw new AppError('NOT_FOUND');
  const { application } = task;
  const others = application.tasks.filter((t) => t.id !== task.id);
  const name = (t: (typeof others)[number]) => `${t.department.region.name}${t.department.name}`;
  const openBeside = others.filter((t) => t.stageSort === task.stageSort && t.status === 'OPEN');
  const waiting = others.filter((t) => t.status === 'WAITING');
  const nextSort = waiting.length > 0 ? Math.min(...waiting.map((t) => t.stageSort)) : null;
  const next = waiting.filter((t) => t.stageSort === nextSort);
  const approval: ApprovalOutcome =
    openBeside.length > 0
      ? { kind: 'waitForOthers', departments: openBeside.map(name) }
      : next.length > 0
        ? { kind: 'nextStage', stageName: next[0]!.stageName, departments: next.map(name) }
        : { kind: 'conclude', resultName: application.version.resultName, certificate: application.version.resultCertificate };
  return {
    approval,
    licensing: application.version.type === 'LICENSING',
    resultName: application.version.resultName,
    company: application.applicantKind === 'COMPANY',
    cancelledByDenial: openBeside.length + waiting.length,
  };
}
