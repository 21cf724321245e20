import { token, readOnly } from '../../handlers';

/** GET /open311/v2/tokens/{token}.json|xml */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return token((await params).file);
}

// Only GET: other methods get the error array with 405.
export const { POST, PUT, DELETE, PATCH } = readOnly();
