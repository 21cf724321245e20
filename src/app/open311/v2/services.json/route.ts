import { services, readOnly } from '../handlers';

/** GET /open311/v2/services.json: every published service. */
export function GET() {
  return services('json');
}

// Only GET: other methods get the error array with 405.
export const { POST, PUT, DELETE, PATCH } = readOnly('json');
