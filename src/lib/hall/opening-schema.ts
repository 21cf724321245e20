import { z } from 'zod';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** 0 = Sunday … 6 = Saturday, as `weekday()` in the clock's calendar. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/**
 * When the hall hands out numbers. `weekdays` are the days of the week it
 * opens (a center that is 周末不打烊 adds Saturday and Sunday); a day the
 * calendar names as a holiday or 调休 day follows the calendar instead.
 */
export type HallOpening = { weekdays: number[]; open: string; close: string };

export const DEFAULT_HALL_OPENING: HallOpening = { weekdays: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' };

export const hallOpeningSchema = z
  .object({
    weekdays: z.array(z.coerce.number().int().min(0).max(6), 'someOpeningDay').min(1, 'someOpeningDay').max(7),
    open: z.string().trim().regex(HHMM, 'timeOfDay'),
    close: z.string().trim().regex(HHMM, 'timeOfDay'),
  })
  .refine((o) => o.open < o.close, { message: 'closeAfterOpen', path: ['close'] })
  .transform((o) => ({ ...o, weekdays: [...new Set(o.weekdays)].sort((a, b) => a - b) }));
export type HallOpeningInput = z.input<typeof hallOpeningSchema>;
