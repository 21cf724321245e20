import { getActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { filterChoicesQuerySchema, suggestFilterChoices } from '@/lib/supervision/board-filter-choices';

/** The board's type-ahead: departments or items whose name contains what the supervisor typed (board-filter-choices.ts). */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response('Unauthorized', { status: 401 });
  const parsed = filterChoicesQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return new Response('Bad request', { status: 400 });
  try {
    // A few seconds in the browser's own cache: typing back over a letter asks again for nothing.
    return Response.json(await suggestFilterChoices(actor, parsed.data), { headers: { 'Cache-Control': 'private, max-age=30' } });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return new Response('Not found', { status: 404 });
    console.error('[filter choices]', error);
    return new Response('Error', { status: 500 });
  }
}
