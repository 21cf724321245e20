import { services, readOnly } from '../handlers';

/** GET /open311/v2/services.xml: every published service. */
export function GET() {
  return services('xml');
}

// Only GET: other methods get the error array with 405.
export const { POST, PUT, DELETE, PATCH } = readOnly('xml');
