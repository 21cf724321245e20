import { z } from 'zod';
import { renderBundleChecklist } from '@/lib/bundles/render-bundle-checklist';
import { checklistPdf } from '../../../checklist-pdf';

const inputSchema = z.object({
  code: z.string().min(1).max(64),
  situations: z.array(z.string().max(100)).max(30),
  optional: z.array(z.string().max(64)).max(20),
});

/** GET /services/bundles/{code}/checklist.pdf?s=…&o=…: the bundle's one checklist, public like its guide. */
export const GET = checklistPdf<typeof inputSchema>(
  'bundle checklist.pdf',
  (code, search) => inputSchema.safeParse({ code, situations: search.getAll('s'), optional: search.getAll('o') }),
  renderBundleChecklist,
);
