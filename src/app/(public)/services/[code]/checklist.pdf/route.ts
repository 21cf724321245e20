import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { renderChecklist } from '@/lib/catalog/render-checklist';
import { AppError } from '@/lib/errors';

const inputSchema = z.object({ code: z.string().min(1).max(64), situationIds: z.array(z.string().max(64)).max(50) });

/** GET /services/{code}/checklist.pdf?s=…&s=…: the tailored checklist, public like the guide. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const input = inputSchema.safeParse({ code: (await params).code, situationIds: new URL(request.url).searchParams.getAll('s') });
  if (!input.success) return new Response('Not found', { status: 404 });
  try {
    const t = await getTranslations();
    const { bytes, filename } = await renderChecklist(input.data, t as unknown as Parameters<typeof renderChecklist>[1]);
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="checklist.pdf"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        // The labels follow the visitor's language cookie: not for shared caches.
        'Cache-Control': 'private, max-age=60',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return new Response('Not found', { status: 404 });
    console.error('[checklist.pdf]', error);
    return new Response('Error', { status: 500 });
  }
}
