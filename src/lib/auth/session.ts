import 'server-only';
import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import type { Role } from '@/generated/prisma/enums';
import { AppError } from '@/lib/errors';
import type { Actor } from './actor';
import { authOptions } from './options';
import { contextForSession, sessionClaimsFrom } from './session-actor';

/**
 * Everything a page needs to know about who asks, read once per request (React
 * `cache`) in one indexed query (session-actor.ts): the user row by primary key,
 * checked against the token's session version, with the count of their unread
 * notifications. Checks on the user row that must hold for every request belong
 * there too, so they stay one query.
 */
export const getRequestContext = cache(async (): Promise<{ actor: Actor | null; unreadNotifications: number }> =>
  // Not getServerSession: it runs next-auth's whole handler and encrypts a
  // renewed token that a page cannot set, 0.25–0.37 ms of CPU against 0.07.
  contextForSession(await sessionClaimsFrom(await cookies(), { secret: authOptions.secret, secure: authOptions.useSecureCookies ?? false })),
);

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
