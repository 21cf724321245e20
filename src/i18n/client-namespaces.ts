// The message namespaces each area's client components translate with. Only
// these reach the browser: the whole catalog is ~65 KB of JSON in every page's
// React payload. tests/unit/client-namespaces.test.ts reads the client
// components of each area and fails when one needs a namespace missing here.
export const clientNamespaces = {
  root: ['errorPage'],
  admin: ['admin', 'calendarAdmin', 'catalogAdmin', 'errors', 'handlingClass', 'itemFields', 'itemType', 'level', 'materialForm', 'onlineDepth', 'rectificationLimit', 'succession', 'uploads', 'validation'],
  applicant: ['apply', 'catalog', 'complaints', 'conversation', 'drafts', 'errors', 'inquiries', 'intake', 'itemFields', 'materialForm', 'materialLibrary', 'materialRequest', 'notifications', 'ratings', 'uploads', 'validation'],
  department: ['clockStop', 'conversation', 'errors', 'inquiries', 'notifications', 'ratings', 'review', 'taskWork', 'uploads', 'validation'],
  supervisor: ['complaints', 'errors', 'notifications', 'ratings', 'supervision', 'uploads', 'validation'],
  window: ['apply', 'conversation', 'delivery', 'desk', 'errors', 'immediate', 'inquiries', 'intake', 'notifications', 'queue', 'uploads', 'validation', 'windowCorrection'],
  login: ['login'],
  track: ['errors', 'status', 'timeline', 'track', 'uploads', 'validation'],
  activate: ['activate', 'errors', 'validation'],
  hall: ['errors', 'queue', 'uploads', 'validation'],
} as const;

export type ClientArea = keyof typeof clientNamespaces;
