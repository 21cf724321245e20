import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { visibleApplicationsSql } from '@/lib/applications/access';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { ApplicationStatus } from '@/generated/prisma/enums';
import { jsonDate } from '@/lib/sql-json';

type ConversationRow = {
  id: string;
  receiptNumber: string | null;
  status: ApplicationStatus;
  itemName: string;
  // The thread as a JSON array of the same statement (dates as text: sql-json.ts).
  messages: {
    id: string;
    body: string;
    createdAt: string;
    fromApplicant: boolean;
    answeredAt: string | null;
    authorId: string;
    authorName: string;
    /** The author's department, else window. */
    office: string | null;
    attachments: { id: string; name: string; size: number }[];
  }[];
};

/**
 * A case's conversation, oldest first. Applicants see which office answered
 * (window or department), not the staff member's name.
 */
export async function listMessages(actor: Actor, applicationId: string) {
  // One statement for the case and its thread (seven Prisma queries before): the applicant's case page shows it on every view.
  const [application] = await db.$queryRaw<ConversationRow[]>`
    SELECT a.id, a."receiptNumber", a.status, v.name AS "itemName",
      (SELECT coalesce(json_agg(json_build_object('id', m.id, 'body', m.body, 'createdAt', m."createdAt", 'fromApplicant', m."fromApplicant",
          'answeredAt', m."answeredAt", 'authorId', u.id, 'authorName', u.name,
          'office', coalesce((SELECT d.name FROM "Department" d WHERE d.id = u."departmentId"), (SELECT w.name FROM "Window" w WHERE w.id = u."windowId")),
          'attachments', (SELECT coalesce(json_agg(json_build_object('id', f.id, 'name', f.name, 'size', f.size)), '[]') FROM "StoredFile" f WHERE f."messageId" = m.id))
          ORDER BY m."createdAt"), '[]')
        FROM "ApplicationMessage" m JOIN "User" u ON u.id = m."authorId" WHERE m."applicationId" = a.id) AS messages
    FROM "Application" a JOIN "ServiceItemVersion" v ON v.id = a."versionId"
    WHERE a.id = ${applicationId} AND ${visibleApplicationsSql(actor)}`;
  if (!application) throw new AppError('NOT_FOUND');
  const applicantView = actor.role === 'APPLICANT';
  return {
    id: application.id,
    receiptNumber: application.receiptNumber,
    status: application.status,
    itemName: application.itemName,
    messages: application.messages.map((m) => ({
      id: m.id,
      body: m.body,
      createdAt: jsonDate(m.createdAt),
      fromApplicant: m.fromApplicant,
      answeredAt: jsonDate(m.answeredAt),
      mine: m.authorId === actor.id,
      // Staff see who wrote; applicants see the office.
      author: m.fromApplicant ? m.authorName : applicantView ? null : m.authorName,
      office: m.fromApplicant ? null : m.office,
      attachments: m.attachments,
    })),
  };
}
export type Conversation = Awaited<ReturnType<typeof listMessages>>;
