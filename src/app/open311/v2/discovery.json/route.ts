import { discovery, readOnly } from '../handlers';

/** GET /open311/v2/discovery.json */
export function GET(request: Request) {
  return discovery(request, 'json');
}

// Only GET: other methods get the error array with 405.
export const { POST, PUT, DELETE, PATCH } = readOnly('json');
