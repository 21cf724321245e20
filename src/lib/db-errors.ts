import 'server-only';

// SQLSTATE classes and driver messages that mean "the database cannot be
// reached right now" rather than "this request is wrong": connection
// exceptions (08), the server shutting down or starting (57P01-57P03), the
// pool's acquire timeout, and Prisma's own codes for an unreachable server.
const unavailableCodes = new Set(['P1001', 'P1002', 'P1017', 'P2024', '57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
const unavailableMessages = [
  /timeout exceeded when trying to connect/i,
  /connection terminated/i,
  /connection (?:is )?(?:closed|ended)/i,
  /terminating connection/i,
  /the database system is (?:starting up|shutting down)/i,
  /can't reach database server/i,
  /server has closed the connection/i,
  /ECONNREFUSED|ECONNRESET/,
  /Client has encountered a connection error/i,
];

/** Whether an error thrown by a query means the database is unreachable (503), not a bug (500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && (unavailableCodes.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && unavailableMessages.some((pattern) => pattern.test(message))) return true;
    e = cause;
  }
  return false;
}
