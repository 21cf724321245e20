import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Prisma } from '@/generated/prisma/client';
import { loadClock, type Clock } from '@/lib/clock/clock-settings';
import { dueDate } from '@/lib/clock/due-date';
import { db, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueMessage } from '@/lib/notify/enqueue-message';
import { checkSubmissionQuota } from '@/lib/throttle/submission-quota';
import { askQuestionSchema, INQUIRY_LIMIT_DAYS, type AskQuestionInput } from './schemas';

/**
 * 咨询: a question about an item (or a general one), to be answered within 5
 * working days by the item's department (general ones by the window).
 */
export async function askQuestion(actor: Actor, input: AskQuestionInput, now = new Date()) {
  const data = askQuestionSchema.parse(input);
  const item = data.itemId
    ? await db.serviceItem.findFirst({
        where: { id: data.itemId, versions: { some: { status: 'PUBLISHED' } } },
        select: { id: true, name: true, versions: { where: { status: 'PUBLISHED' }, select: { departmentId: true }, take: 1 } },
      })
    : null;
  if (data.itemId && !item) throw new AppError('NOT_FOUND');
  const clock = await loadClock();
  return db.$transaction(async (tx) => {
    await checkSubmissionQuota(tx, 'inquiry', actor.id, now);
    return openInquiry(tx, {
      actor,
      askerId: actor.id,
      item: item ? { id: item.id, name: item.name, departmentId: item.versions[0]?.departmentId ?? null } : null,
      question: data.question,
      clock,
      now,
    });
  });
}

/**
 * The inquiry itself, inside the caller's transaction: due in 5 working days,
 * audited, and announced to the staff who answer it (the item's department, or
 * the window for general questions). Shared by the portal's form and Open311.
 */
export async function openInquiry(
  tx: Tx,
  args: {
    actor: Actor | null;
    askerId: string | null;
    item: { id: string; name: string; departmentId: string | null } | null;
    question: string;
    clock: Pick<Clock, 'calendar' | 'hours'>;
    now: Date;
    audit?: Prisma.InputJsonValue;
  },
) {
  const { item, now } = args;
  const { calendar, hours } = args.clock;
  const inquiry = await tx.inquiry.create({
    data: {
      itemId: item?.id ?? null,
      askerId: args.askerId,
      question: args.question,
      dueAt: dueDate({ acceptedAt: now, limitDays: INQUIRY_LIMIT_DAYS, calendar, hours, now }),
      createdAt: now,
    },
    select: { id: true, dueAt: true },
  });
  await recordAudit(tx, { actor: args.actor, entity: 'Inquiry', entityId: inquiry.id, action: 'ask-question', data: args.audit });
  const departmentId = item?.departmentId;
  const staff = await tx.user.findMany({
    where: { active: true, ...(departmentId ? { departmentId, role: { in: ['REVIEWER', 'DEPT_HEAD'] } } : { role: { in: ['CLERK', 'WINDOW_LEAD'] } }) },
    select: { id: true },
  });
  for (const s of staff) {
    await enqueueMessage(tx, {
      recipientId: s.id,
      message: item
        ? { key: 'newInquiryOnItem', values: { item: item.name, days: INQUIRY_LIMIT_DAYS } }
        : { key: 'newInquiry', values: { days: INQUIRY_LIMIT_DAYS } },
      link: departmentId ? '/review/inquiries' : '/desk/inquiries',
    });
  }
  return inquiry;
}
