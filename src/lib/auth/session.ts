import 'server-only';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import type { Role } from '@/generated/prisma/enums';
import { AppError } from '@/lib/errors';
import type { Actor } from './actor';
import { authOptions } from './options';
import { actorForSession } from './session-actor';

/** The signed-in actor, read from the database once per request; null when signed out or the session was ended. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sv?: number } | undefined;
  return actorForSession(user ? { sub: user.id, sv: user.sv } : null);
});

/** For server actions and route handlers: the actor, or an AppError. */
export async function requireActor(roles?: readonly Role[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (roles && !roles.includes(actor.role)) throw new AppError('NOT_FOUND');
  return actor;
}

/** For pages: signed out goes to the sign-in page; a role that may not see the page gets "not found". */
export async function requirePageActor(roles: readonly Role[], returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  if (!roles.includes(actor.role)) notFound();
  return actor;
}
