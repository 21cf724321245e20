import type { Role } from '@/generated/prisma/enums';
import { AppError } from '@/lib/errors';

export type { Role };

/** Who is acting: what every domain use case receives and authorizes against. */
export type Actor = {
  id: string;
  name: string;
  role: Role;
  departmentId: string | null;
  windowId: string | null;
};

export const STAFF_ROLES: Role[] = ['CLERK', 'WINDOW_LEAD', 'REVIEWER', 'DEPT_HEAD', 'SUPERVISOR', 'ADMIN'];
export const WINDOW_ROLES: Role[] = ['CLERK', 'WINDOW_LEAD'];
export const DEPARTMENT_ROLES: Role[] = ['REVIEWER', 'DEPT_HEAD'];

/** The landing page of each role. */
export const homeOf: Record<Role, string> = {
  APPLICANT: '/me',
  CLERK: '/desk',
  WINDOW_LEAD: '/desk',
  REVIEWER: '/review',
  DEPT_HEAD: '/review',
  SUPERVISOR: '/oversee',
  ADMIN: '/admin',
};

type Scoped<K extends 'departmentId' | 'windowId'> = Actor & { [P in K]: string };

/**
 * The one role guard of a use case. A role that may not act gets "not found",
 * as for an object it may not see. With a scope, the actor must also belong to
 * a department (or a window), and the type says so from here on.
 */
export function assertRole(actor: Actor, roles: readonly Role[], scope: 'department'): asserts actor is Scoped<'departmentId'>;
export function assertRole(actor: Actor, roles: readonly Role[], scope: 'window'): asserts actor is Scoped<'windowId'>;
export function assertRole(actor: Actor, roles: readonly Role[]): void;
export function assertRole(actor: Actor, roles: readonly Role[], scope?: 'department' | 'window'): void {
  if (!roles.includes(actor.role)) throw new AppError('NOT_FOUND');
  if (scope === 'department' && !actor.departmentId) throw new AppError('NOT_FOUND');
  if (scope === 'window' && !actor.windowId) throw new AppError('NOT_FOUND');
}
