import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { transitionApplication } from '@/lib/applications/transition';
import type { Clock } from '@/lib/clock/clock-settings';
import type { Tx } from '@/lib/db';
import { openStage } from './open-stage';

type RouteStage = { sort: number; name: string; limitDays: number; departments: { departmentId: string }[] };

/**
 * 流转: creates a department task for every department of every stage of the
 * item's route (waiting), moves the accepted case into review and opens the
 * first stage. Routing owns its tasks; intake only calls this on acceptance.
 * Returns false for an item with no stages (即办件 stay ACCEPTED for the window).
 */
export async function openRoute(tx: Tx, args: { applicationId: string; stages: RouteStage[]; actor: Actor; clock: Clock; now: Date }): Promise<boolean> {
  const { applicationId, stages, actor, clock, now } = args;
  if (stages.length === 0) return false;
  for (const stage of stages) {
    for (const { departmentId } of stage.departments) {
      await tx.departmentTask.create({
        data: { applicationId, stageSort: stage.sort, stageName: stage.name, departmentId, status: 'WAITING', limitDays: stage.limitDays },
      });
    }
  }
  await transitionApplication(tx, { applicationId, from: ['ACCEPTED'], to: 'IN_REVIEW', actor, action: 'route' });
  await openStage(tx, { applicationId, stageSort: stages[0].sort, actor, clock, now });
  return true;
}
