import { z } from 'zod';
import { HANDLING_CLASSES } from '@/lib/enums';

export const warningThresholdsSchema = z.object({
  // Working days left at which a case or step turns yellow, in half-day steps.
  days: z.coerce
    .number()
    .min(0, 'invalid')
    .max(30, 'invalid')
    .refine((d) => Number.isInteger(d * 2), 'halfDays'),
  // Share of the limit left at which it turns yellow; entered as a percentage.
  percent: z.coerce.number().int('invalid').min(0, 'invalid').max(100, 'invalid'),
});

export type WarningThresholdsInput = z.infer<typeof warningThresholdsSchema>;

const optionalId = z.preprocess((v) => (v === '' ? undefined : v), z.string().max(40).optional());
// A name typed into a type-ahead filter without picking a suggestion (or without JavaScript).
const optionalText = z.preprocess((v) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') || undefined : v), z.string().max(40).optional());
const optionalDate = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate')
    .optional(),
);

export const boardFilterSchema = z.object({
  kind: z.enum(['case', 'step']).catch('case'),
  departmentId: optionalId.catch(undefined),
  windowId: optionalId.catch(undefined),
  itemId: optionalId.catch(undefined),
  department: optionalText.catch(undefined),
  item: optionalText.catch(undefined),
  level: z.enum(['RED', 'YELLOW', 'GREEN', 'WARNED']).optional().catch(undefined),
  handlingClass: z.enum(HANDLING_CLASSES).optional().catch(undefined),
  // Accepted (cases) or opened (steps) on or after / on or before, Shanghai dates.
  from: optionalDate.catch(undefined),
  to: optionalDate.catch(undefined),
  // Keyset cursor "<dueAt ISO>_<id>" of the last row of the previous page.
  after: z.string().max(80).optional().catch(undefined),
});

export type BoardFilter = z.infer<typeof boardFilterSchema>;

export const statisticsQuerySchema = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate'),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate'),
  by: z.enum(['department', 'window', 'staff', 'item', 'reviewer']).catch('department'),
});

export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;
