import { z } from 'zod';

export const lookupProgressSchema = z.object({
  receiptNumber: z.string().trim().min(1).max(40),
  // Check codes are printed in capitals; people type them as they like.
  checkCode: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .transform((s) => s.toUpperCase()),
});
export type LookupProgressInput = z.input<typeof lookupProgressSchema>;
