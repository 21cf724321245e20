import { z } from 'zod';
import { typedCodeSchema } from '@/lib/check-code';

export const verifyDocumentSchema = z.object({
  // A certificate number, a receipt number, or (for notices issued before acceptance) the 文书编号.
  number: z.string().trim().min(1).max(64),
  code: typedCodeSchema,
});
export type VerifyDocumentInput = z.input<typeof verifyDocumentSchema>;

export const disclosureFilterSchema = z.object({
  department: z.string().trim().max(64).catch(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
// Straight from the query string: anything missing or malformed falls back to the first page of all departments.
export type DisclosureFilter = { department?: string; page?: unknown };
