import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { visibleApplications } from './access';

/** One application with the fields `select` names, if the actor may see it; else NOT_FOUND. */
export async function findVisibleApplication<S extends Prisma.ApplicationSelect>(
  actor: Actor,
  applicationId: string,
  select: S,
): Promise<Prisma.ApplicationGetPayload<{ select: S }>> {
  const application = await db.application.findFirst({ where: { AND: [{ id: applicationId }, visibleApplications(actor)] }, select });
  if (!application) throw new AppError('NOT_FOUND');
  return application as Prisma.ApplicationGetPayload<{ select: S }>;
}
