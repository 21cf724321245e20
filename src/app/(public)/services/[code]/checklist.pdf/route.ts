import { z } from 'zod';
import { renderChecklist } from '@/lib/catalog/render-checklist';
import { checklistPdf } from '../../checklist-pdf';

const inputSchema = z.object({ code: z.string().min(1).max(64), situationIds: z.array(z.string().max(64)).max(50) });

/** GET /services/{code}/checklist.pdf?s=…&s=…: the tailored checklist, public like the guide. */
export const GET = checklistPdf<typeof inputSchema>(
  'checklist.pdf',
  (code, search) => inputSchema.safeParse({ code, situationIds: search.getAll('s') }),
  renderChecklist,
);
