import { Readable } from 'node:stream';
import { z } from 'zod';
import { getActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { contentDisposition } from '@/lib/files/file-name';
import { openStoredFile } from '@/lib/files/read-stored-file';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  const id = z
    .string()
    .min(1)
    .max(64)
    .safeParse((await params).id);
  if (!id.success) return new Response('Not found', { status: 404 });
  try {
    const file = await openStoredFile(actor, id.data);
    return new Response(Readable.toWeb(file.body) as ReadableStream<Uint8Array>, {
      headers: {
        'Content-Type': file.mimeType,
        'Content-Disposition': contentDisposition('inline', file.name),
        'X-Content-Type-Options': 'nosniff',
        // An uploaded file is never a page of the portal: no script, no form, no frame, even if a browser renders it.
        'Content-Security-Policy': "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return new Response('Not found', { status: 404 });
    console.error('[files]', error);
    return new Response('Error', { status: 500 });
  }
}
