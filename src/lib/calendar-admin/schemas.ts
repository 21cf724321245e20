import { z } from 'zod';

const date = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalidDate')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d, 'invalidDate');

export const addCalendarDaySchema = z.object({
  date,
  // "holiday": a weekday off; "workday": a weekend day worked (调休).
  kind: z.enum(['holiday', 'workday']),
  name: z.string().trim().min(1).max(40),
});

export const removeCalendarDaySchema = z.object({ date });

export const confirmCalendarYearSchema = z.object({ year: z.coerce.number().int().min(2025).max(2099) });

export type AddCalendarDayInput = z.infer<typeof addCalendarDaySchema>;
export type RemoveCalendarDayInput = z.infer<typeof removeCalendarDaySchema>;
