import { z } from 'zod';
import { HANDLING_CLASSES, ITEM_TYPES, LEVELS } from '@/lib/enums';

// Empty form fields ("") mean "any".
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const catalogSearchSchema = z.object({
  q: z.string().trim().max(50).optional().default(''),
  department: optional(z.string().trim().max(64)),
  type: optional(z.enum(ITEM_TYPES)),
  level: optional(z.enum(LEVELS)),
  handlingClass: optional(z.enum(HANDLING_CLASSES)),
  // At least this online depth (1 information .. 4 fully online).
  onlineDepth: optional(z.coerce.number().int().min(1).max(4)),
  lifeEvent: optional(z.string().trim().max(20)),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(1000).optional().default(1)),
  pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).optional().default(20)),
});
export type CatalogSearch = z.input<typeof catalogSearchSchema>;
export type CatalogQuery = z.output<typeof catalogSearchSchema>;
