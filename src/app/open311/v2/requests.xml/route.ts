import { createRequest, listRequests } from '../handlers';

/** GET /open311/v2/requests.xml: service requests filed through Open311. */
export function GET(request: Request) {
  return listRequests(request, 'xml');
}

/** POST /open311/v2/requests.xml: a partner files a service request (api_key required). */
export function POST(request: Request) {
  return createRequest(request, 'xml');
}
