import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { renderBundleChecklist } from '@/lib/bundles/render-bundle-checklist';
import { AppError } from '@/lib/errors';

const inputSchema = z.object({ code: z.string().min(1).max(64), situations: z.array(z.string().max(100)).max(30), optional: z.array(z.string().max(64)).max(20) });

/** GET /services/bundles/{code}/checklist.pdf?s=…&o=…: the bundle's one checklist, public like its guide. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const search = new URL(request.url).searchParams;
  const input = inputSchema.safeParse({ code: (await params).code, situations: search.getAll('s'), optional: search.getAll('o') });
  if (!input.success) return new Response('Not found', { status: 404 });
  try {
    const t = await getTranslations();
    const { bytes, filename } = await renderBundleChecklist(input.data, t as unknown as Parameters<typeof renderBundleChecklist>[1]);
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="checklist.pdf"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        'Cache-Control': 'private, max-age=60',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return new Response('Not found', { status: 404 });
    console.error('[bundle checklist.pdf]', error);
    return new Response('Error', { status: 500 });
  }
}
