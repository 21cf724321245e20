// The one error type of the domain. The UI shows the translated message for
// the code (messages `errors.<code>`); anything else is logged, never shown.
export const errorCodes = [
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'INVALID_INPUT',
  'INVALID_TRANSITION',
  'CONFLICT', // raced with another change: reload and try again
  'FILE_TYPE',
  'FILE_TOO_LARGE',
  'TOO_MANY_FILES',
  'FILE_UNSAFE', // a PDF with scripts or actions, or a file with an HTML page inside
  'STORAGE_QUOTA', // the account holds its quota of files already
  'MATERIALS_INCOMPLETE',
  'RATE_LIMITED',
  'HALL_CLOSED', // the kiosk outside the hall's opening days and hours
  'SAME_PERSON', // 一审一核: the confirming lead must not be the proposer
  'UNAVAILABLE', // the database cannot be reached right now (restart, full pool): try again shortly
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'AppError';
  }
}
