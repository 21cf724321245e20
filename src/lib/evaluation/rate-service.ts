import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { loadClock } from '@/lib/clock/clock-settings';
import { dueDate } from '@/lib/clock/due-date';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { publishRated } from '@/lib/events/publish-side-events';
import { Prisma } from '@/generated/prisma/client';
import { getRectificationLimit } from './get-rectification-limit';
import { INDICATORS, rateServiceSchema, type RateServiceInput } from './schemas';

/** Whether an occasion of the case has happened: intake once accepted, conclusion once decided. */
export function occasionOpen(occasion: 'INTAKE' | 'CONCLUSION', application: { acceptedAt: Date | null; decidedAt: Date | null }): boolean {
  return occasion === 'INTAKE' ? application.acceptedAt !== null : application.decidedAt !== null;
}

/**
 * 好差评: the applicant rates one service occasion once: the overall rating is
 * asked, the other indicators of the case's channel are optional details
 * (one short question per stage, issue 13). ★1 or ★2 overall opens a
 * rectification for the item's department, due in the rectification limit's
 * working days (15 by default).
 */
export async function rateService(actor: Actor, input: RateServiceInput, now = new Date()) {
  assertRole(actor, ['APPLICANT']);
  const data = rateServiceSchema.parse(input);
  const application = await db.application.findFirst({
    where: { id: data.applicationId, applicantId: actor.id, status: { not: 'DRAFT' } },
    select: { id: true, channel: true, acceptedAt: true, decidedAt: true, receiptNumber: true, version: { select: { name: true, departmentId: true } } },
  });
  if (!application) throw new AppError('NOT_FOUND');
  if (!occasionOpen(data.occasion, application)) throw new AppError('INVALID_TRANSITION');
  const indicators = INDICATORS[application.channel];
  const overall = data.scores.overall;
  if (overall === undefined) throw new AppError('INVALID_INPUT', { fieldErrors: { 'scores.overall': ['ratingRequired'] } });
  // Only the indicators of the channel that were answered: an unanswered detail is no score, not a low one.
  const scores = Object.fromEntries(indicators.filter((k) => data.scores[k] !== undefined).map((k) => [k, data.scores[k] as number]));

  const clock = await loadClock();
  const limitDays = await getRectificationLimit();

  try {
    return await db.$transaction(async (tx) => {
      const evaluation = await tx.evaluation.create({
        data: {
          applicationId: application.id,
          occasion: data.occasion,
          raterId: actor.id,
          channel: application.channel,
          overall,
          scores,
          comment: data.comment || null,
          createdAt: now,
        },
        select: { id: true },
      });
      // The case id goes in `data`, not `applicationId`: the case's timeline shows its steps, not these side events.
      await recordAudit(tx, {
        actor,
        entity: 'Evaluation',
        entityId: evaluation.id,
        action: 'rate',
        to: String(overall),
        data: { applicationId: application.id, occasion: data.occasion },
      });
      let rectificationId: string | null = null;
      if (overall <= 2) {
        const rectification = await tx.rectification.create({
          data: {
            evaluationId: evaluation.id,
            departmentId: application.version.departmentId,
            dueAt: dueDate({ acceptedAt: now, limitDays, calendar: clock.calendar, hours: clock.hours, now }),
            createdAt: now,
          },
          select: { id: true },
        });
        rectificationId = rectification.id;
        await recordAudit(tx, {
          actor,
          entity: 'Rectification',
          entityId: rectification.id,
          action: 'open-rectification',
          to: 'PENDING',
          data: { applicationId: application.id },
        });
        const staff = await tx.user.findMany({
          where: { active: true, role: { in: ['DEPT_HEAD', 'REVIEWER'] }, departmentId: application.version.departmentId },
          select: { id: true },
        });
        for (const user of staff) {
          await enqueueMessage(tx, {
            recipientId: user.id,
            message: {
              key: 'poorRating',
              values: { item: application.version.name, receiptNumber: application.receiptNumber ?? '—', stars: overall, days: limitDays },
            },
            link: `/review/rectifications/${rectification.id}`,
          });
        }
      }
      await publishRated(tx, {
        evaluationId: evaluation.id,
        applicationId: application.id,
        occasion: data.occasion,
        overall,
        scores,
        comment: data.comment || null,
        rectificationId,
      });
      return { id: evaluation.id, rectificationId };
    });
  } catch (error) {
    // One rating per occasion: the unique index decides under double submits.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new AppError('CONFLICT');
    throw error;
  }
}
