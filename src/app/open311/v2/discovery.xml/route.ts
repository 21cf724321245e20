import { discovery, readOnly } from '../handlers';

/** GET /open311/v2/discovery.xml */
export function GET(request: Request) {
  return discovery(request, 'xml');
}

// Only GET: other methods get the error array with 405.
export const { POST, PUT, DELETE, PATCH } = readOnly('xml');
