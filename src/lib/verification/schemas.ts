import { z } from 'zod';
import { typedCodeSchema } from '@/lib/check-code';
import { keysetPageSchema } from '@/lib/paging';

export const verifyDocumentSchema = z.object({
  // A certificate number, a receipt number, or (for notices issued before acceptance) the 文书编号.
  number: z.string().trim().min(1).max(64),
  code: typedCodeSchema,
});
export type VerifyDocumentInput = z.input<typeof verifyDocumentSchema>;

export const disclosureFilterSchema = keysetPageSchema.extend({
  department: z.string().trim().max(64).catch(''),
});
// Straight from the query string: anything missing or malformed falls back to the first page of all departments.
export type DisclosureFilter = { department?: unknown; after?: unknown };
