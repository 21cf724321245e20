import type { HandlingClass } from '@/generated/prisma/enums';

/**
 * 行政许可法 第四十二条: the head of the organ may extend the limit by at most
 * 10 working days; 第四十二条第二款 joint handling (联合办理) by at most 15.
 * Other items follow the same ceiling as the licensing rule.
 */
export function maxExtensionDays(version: { handlingClass: HandlingClass }): number {
  return version.handlingClass === 'JOINT' ? 15 : 10;
}
