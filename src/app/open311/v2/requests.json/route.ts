import { createRequest, listRequests } from '../handlers';

/** GET /open311/v2/requests.json: service requests filed through Open311. */
export function GET(request: Request) {
  return listRequests(request, 'json');
}

/** POST /open311/v2/requests.json: a partner files a service request (api_key required). */
export function POST(request: Request) {
  return createRequest(request, 'json');
}
