import { oneRequest, readOnly } from '../../handlers';

/** GET /open311/v2/requests/{service_request_id}.json|xml */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return oneRequest((await params).file);
}

// Only GET: other methods get the error array with 405.
export const { POST, PUT, DELETE, PATCH } = readOnly();
