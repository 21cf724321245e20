import { notFound } from '../handlers';

// Every other path under /open311/v2 answers the specification's error array, not the portal's HTML 404.
type Context = { params: Promise<{ path: string[] }> };
const answer = async (_request: Request, { params }: Context) => notFound((await params).path);

export const GET = answer;
export const POST = answer;
export const PUT = answer;
export const DELETE = answer;
export const PATCH = answer;
