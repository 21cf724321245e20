import type { Prisma } from '@/generated/prisma/client';
import { materialKey } from './rules';

// A bundle case files one material row per member that asks for it; the window's
// check, the correction notice and the applicant's answer each treat them as
// the one distinct material (rules.ts materialKey) they were given for.

/** What a member's filed material needs to name its distinct material. */
export const filedMaterialKeySelect = {
  name: true,
  requirement: { select: { form: true, certificateType: true } },
} as const satisfies Prisma.ApplicationMaterialSelect;

/** The distinct material a member's filed material stands for. */
export function filedMaterialKey(m: { name: string; requirement: { form: string; certificateType: string | null } | null }): string {
  return materialKey({ name: m.name, form: m.requirement?.form ?? '', certificateType: m.requirement?.certificateType });
}
