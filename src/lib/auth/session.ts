import 'server-only';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import type { Role } from '@/generated/prisma/enums';
import { AppError } from '@/lib/errors';
import type { Actor } from './actor';
import { authOptions } from './options';
import { contextForSession } from './session-actor';

/**
 * Everything a page needs to know about who asks, read once per request (React
 * `cache`) in one indexed query (session-actor.ts): the user row by primary key,
 * checked against the token's session version, with the count of their unread
 * notifications. Checks on the user row that must hold for every request belong
 * there too, so they stay one query.
 */
export const getRequestContext = cache(async (): Promise<{ actor: Actor | null; unreadNotifications: number }> => {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sv?: number } | undefined;
  return contextForSession(user ? { sub: user.id, sv: user.sv } : null);
});

/** The signed-in actor, read from the database once per request; null when signed out or the session was ended. */
export const getActor = cache(async (): Promise<Actor | null> => (await getRequestContext()).actor);

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
