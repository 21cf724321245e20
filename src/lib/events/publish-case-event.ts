import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Tx } from '@/lib/db';
import type { CaseEventType } from './event-types';

export type CaseEventInput = {
  type: CaseEventType;
  /** The case the event belongs to: its deliveries keep the order of the case's events. */
  subject: string;
  /** Ids and codes only: what every subscriber may read. Never documents. */
  data: Record<string, Prisma.InputJsonValue | null>;
  /** Names, ID numbers, phones, free text: only for subscribers allowed personal data. */
  personal?: Record<string, Prisma.InputJsonValue | null>;
  time?: Date;
};

/**
 * Records a case event and queues one delivery per active subscriber of its
 * type, in the caller's transaction: a change that rolls back publishes
 * nothing, and a committed one is delivered at least once by the worker
 * (deliver-events.ts). With no subscriber of the type nothing is written.
 */
export async function publishCaseEvent(tx: Tx, event: CaseEventInput): Promise<void> {
  const subscribers = await tx.eventSubscriber.findMany({ where: { active: true, types: { has: event.type } }, select: { id: true } });
  if (subscribers.length === 0) return;
  const created = await tx.caseEvent.create({
    data: { type: event.type, subject: event.subject, data: event.data, personal: event.personal ?? undefined, time: event.time },
    select: { id: true, seq: true },
  });
  await tx.eventDelivery.createMany({
    data: subscribers.map((s) => ({ eventId: created.id, subscriberId: s.id, subject: event.subject, seq: created.seq })),
  });
}

/**
 * The ids and codes of an application, and apart its personal fields, as every
 * case event about it carries them.
 */
export async function applicationEventFields(tx: Tx, applicationId: string) {
  const a = await tx.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      receiptNumber: true,
      status: true,
      channel: true,
      applicantKind: true,
      warning: true,
      bundleCaseId: true,
      applicantName: true,
      applicantIdNo: true,
      contactName: true,
      contactPhone: true,
      version: { select: { implementationCode: true, item: { select: { basicCode: true } } } },
    },
  });
  if (!a) return null;
  return {
    data: {
      applicationId: a.id,
      receiptNumber: a.receiptNumber,
      itemCode: a.version.item.basicCode,
      implementationCode: a.version.implementationCode,
      channel: a.channel,
      applicantKind: a.applicantKind,
      status: a.status,
      warning: a.warning,
      bundleCaseId: a.bundleCaseId,
    },
    personal: { applicantName: a.applicantName, applicantIdNo: a.applicantIdNo, contactName: a.contactName, contactPhone: a.contactPhone },
  };
}

/** Publishes a status change of an application (called by transitionApplication and the direct filing). */
export async function publishStatusChanged(
  tx: Tx,
  args: { applicationId: string; from: string | null; to: string; action: string; reason?: string | null },
): Promise<void> {
  // Drafts are the applicant's own notes: nothing to tell another system until submitted.
  if (args.to === 'DRAFT') return;
  await publishApplicationEvent(tx, 'cn.yichuang.case.status-changed', args.applicationId, {
    data: { previousStatus: args.from, action: args.action },
    personal: { reason: args.reason ?? null },
  });
}

/**
 * Publishes an event about one application: the fields every such event
 * carries, and what this one adds. Nothing is read when no one subscribes.
 */
export async function publishApplicationEvent(
  tx: Tx,
  type: CaseEventType,
  applicationId: string,
  added: { data: CaseEventInput['data']; personal?: CaseEventInput['personal'] },
): Promise<void> {
  if (!(await hasSubscribers(tx, type))) return;
  const fields = await applicationEventFields(tx, applicationId);
  if (!fields) return;
  await publishCaseEvent(tx, {
    type,
    subject: applicationId,
    data: { ...fields.data, ...added.data },
    personal: { ...fields.personal, ...added.personal },
  });
}

/** A cheap check first, so a portal without subscribers spends one indexed query per change. */
export async function hasSubscribers(tx: Tx, type: CaseEventType): Promise<boolean> {
  return (await tx.eventSubscriber.count({ where: { active: true, types: { has: type } } })) > 0;
}
