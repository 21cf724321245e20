import 'server-only';
import type { Prisma } from '@/generated/prisma/client';

/** What a public page names of an item whatever its versions: its basic code, its name now, whether it is still offered. */
export const itemHeadSelect = { basicCode: true, name: true, status: true } as const satisfies Prisma.ServiceItemSelect;
