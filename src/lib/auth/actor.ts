import type { Role } from '@/generated/prisma/enums';

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
