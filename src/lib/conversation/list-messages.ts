import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { visibleApplications } from '@/lib/applications/access';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * A case's conversation, oldest first. Applicants see which office answered
 * (window or department), not the staff member's name.
 */
export async function listMessages(actor: Actor, applicationId: string) {
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, visibleApplications(actor)] },
    select: {
      id: true,
      receiptNumber: true,
      status: true,
      version: { select: { name: true } },
      messages: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          body: true,
          createdAt: true,
          fromApplicant: true,
          answeredAt: true,
          author: { select: { id: true, name: true, role: true, department: { select: { name: true } }, window: { select: { name: true } } } },
          attachments: { select: { id: true, name: true, size: true } },
        },
      },
    },
  });
  if (!application) throw new AppError('NOT_FOUND');
  const applicantView = actor.role === 'APPLICANT';
  return {
    id: application.id,
    receiptNumber: application.receiptNumber,
    status: application.status,
    itemName: application.version.name,
    messages: application.messages.map((m) => ({
      id: m.id,
      body: m.body,
      createdAt: m.createdAt,
      fromApplicant: m.fromApplicant,
      answeredAt: m.answeredAt,
      mine: m.author.id === actor.id,
      // Staff see who wrote; applicants see the office.
      author: m.fromApplicant ? m.author.name : applicantView ? null : m.author.name,
      office: m.fromApplicant ? null : (m.author.department?.name ?? m.author.window?.name ?? null),
      attachments: m.attachments,
    })),
  };
}
export type Conversation = Awaited<ReturnType<typeof listMessages>>;
