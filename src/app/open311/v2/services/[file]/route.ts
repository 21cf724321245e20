import { serviceDefinition, readOnly } from '../../handlers';

/** GET /open311/v2/services/{service_code}.json|xml: the service definition. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serviceDefinition((await params).file);
}

// Only GET: other methods get the error array with 405.
export const { POST, PUT, DELETE, PATCH } = readOnly();
