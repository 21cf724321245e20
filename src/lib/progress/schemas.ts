import { z } from 'zod';
import { typedCodeSchema } from '@/lib/check-code';

export const lookupProgressSchema = z.object({
  receiptNumber: z.string().trim().min(1).max(40),
  checkCode: typedCodeSchema,
});
export type LookupProgressInput = z.input<typeof lookupProgressSchema>;
