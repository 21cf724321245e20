import 'server-only';
import { type Actor, assertRole, DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { ApplicantKind, ItemType, TaskStatus } from '@/generated/prisma/enums';

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

type PreviewRow = {
  id: string;
  stageSort: number;
  applicantKind: ApplicantKind;
  type: ItemType;
  resultName: string;
  resultCertificate: string | null;
  /** Every step of the case, this one included. */
  tasks: { id: string; stageSort: number; stageName: string; status: TaskStatus; departmentName: string }[];
};

/**
 * What the reviewer is about to issue, for the confirmation before a decision:
 * read the same way decideTask decides (other open tasks of the stage, the next
 * waiting stage, the item's result), so the page says what will happen.
 */
export async function getDecisionPreview(actor: Actor, taskId: string): Promise<DecisionPreview> {
  assertRole(actor, DEPARTMENT_ROLES, 'department');
  // One statement: the task page shows this on every view of an open task.
  const [task] = await db.$queryRaw<PreviewRow[]>`
    SELECT t.id, t."stageSort", a."applicantKind", v.type, v."resultName", v."resultCertificate",
      (SELECT json_agg(json_build_object('id', o.id, 'stageSort', o."stageSort", 'stageName', o."stageName", 'status', o.status,
          'departmentName', r.name || d.name) ORDER BY o."stageSort", d.code)
        FROM "DepartmentTask" o JOIN "Department" d ON d.id = o."departmentId" JOIN "Region" r ON r.id = d."regionId"
        WHERE o."applicationId" = a.id) AS tasks
    FROM "DepartmentTask" t JOIN "Application" a ON a.id = t."applicationId" JOIN "ServiceItemVersion" v ON v.id = a."versionId"
    WHERE t.id = ${taskId} AND t."departmentId" = ${actor.departmentId} AND t."openedAt" IS NOT NULL`;
  if (!task) throw new AppError('NOT_FOUND');
  const others = task.tasks.filter((t) => t.id !== task.id);
  const openBeside = others.filter((t) => t.stageSort === task.stageSort && t.status === 'OPEN');
  const waiting = others.filter((t) => t.status === 'WAITING');
  const nextSort = waiting.length > 0 ? Math.min(...waiting.map((t) => t.stageSort)) : null;
  const next = waiting.filter((t) => t.stageSort === nextSort);
  const approval: ApprovalOutcome =
    openBeside.length > 0
      ? { kind: 'waitForOthers', departments: openBeside.map((t) => t.departmentName) }
      : next.length > 0
        ? { kind: 'nextStage', stageName: next[0]!.stageName, departments: next.map((t) => t.departmentName) }
        : { kind: 'conclude', resultName: task.resultName, certificate: task.resultCertificate };
  return {
    approval,
    licensing: task.type === 'LICENSING',
    resultName: task.resultName,
    company: task.applicantKind === 'COMPANY',
    cancelledByDenial: openBeside.length + waiting.length,
  };
}
