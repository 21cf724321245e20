import {
  AppointmentStatus,
  ApplicationStatus,
  BundleCaseStatus,
  CertificateStatus,
  ComplaintStatus,
  Decision,
  ExtensionStatus,
  ImmediateDecisionStatus,
  ItemStatus,
  QueueTicketStatus,
  RectificationStatus,
  SuspensionKind,
  TaskStatus,
  VersionStatus,
} from '@/generated/prisma/enums';

// The words of the audit trail. recordAudit takes only an action named here, so
// the compiler refuses an action nobody translated; tests/unit/audit-words.test.ts
// checks each one (and each state below) has its sentence in both languages
// (`auditWords.actions.*`, `auditWords.states.*`). Client-safe: plain data.

export const AUDIT_ACTIONS = [
  // applications
  'submit',
  'accept',
  'reject',
  'route',
  'request-correction',
  'answer-correction',
  'answer-correction-at-window',
  'open-task',
  'claim-task',
  'assign-task',
  'approve-task',
  'deny-task',
  'cancel-task',
  'approve',
  'deny',
  'request-material',
  'answer-material-request',
  'start-procedure',
  'resume',
  'propose-decision',
  'return-proposal',
  'request-extension',
  'approve-extension',
  'refuse-extension',
  'deliver',
  'choose-delivery',
  'read',
  'send-message',
  'conclude',
  'bundle-stop',
  'rate',
  // bundles
  'bundle-attach-result',
  'deliver-partial',
  'request-early-collection',
  // rectifications and complaints
  'open-rectification',
  'rectification-start',
  'rectification-complete',
  'rectification-cannot',
  'rectification-invalid',
  'rectification-review-accept',
  'rectification-review-return',
  'file-complaint',
  'assign-complaint',
  'answer-complaint',
  'ask-question',
  'answer-inquiry',
  // catalog
  'create',
  'create-draft',
  'update-draft',
  'update',
  'publish',
  'retire',
  'cancelled',
  'merged',
  'split',
  'merge',
  'split-from',
  'delegate',
  'import-create',
  'import-update',
  // calendar and settings
  'add-holiday',
  'add-workday',
  'remove-day',
  'recompute-due-dates',
  'confirm-year',
  'generate-provisional-year',
  'update-warning-thresholds',
  'update-rectification-limit',
  'update-hall-opening',
  // the hall
  'book-appointment',
  'cancel-appointment',
  'call-ticket',
  'recall-ticket',
  'serve-ticket',
  'no-show-ticket',
  // accounts and keys
  'register-walk-in-applicant',
  'request-activation',
  'activate',
  'issue-api-key',
  'revoke-api-key',
  'link-oidc-identity',
  'register-oidc-applicant',
  // case events for partner systems
  'register-event-subscriber',
  'pause-event-subscriber',
  'resume-event-subscriber',
  'replay-event-delivery',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit event is about (`auditWords.entities.*`). */
export const AUDIT_ENTITIES = [
  'Application',
  'DepartmentTask',
  'ServiceItem',
  'ServiceItemVersion',
  'CalendarDay',
  'User',
  'Setting',
  'ApplicationMessage',
  'Evaluation',
  'Rectification',
  'Complaint',
  'Inquiry',
  'Appointment',
  'Department',
  'Window',
  'QueueTicket',
  'StoredFile',
  'Decision',
  'Certificate',
  'Notice',
  'BundleVersion',
  'BundleCase',
  'ApiKey',
  'EventSubscriber',
  'EventDelivery',
] as const;

export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

// The enums whose values the audit trail writes as from/to (the "change" column).
const STATE_ENUMS = [
  ApplicationStatus,
  TaskStatus,
  VersionStatus,
  ItemStatus,
  ExtensionStatus,
  ComplaintStatus,
  RectificationStatus,
  AppointmentStatus,
  QueueTicketStatus,
  BundleCaseStatus,
  ImmediateDecisionStatus,
  CertificateStatus,
  Decision,
  SuspensionKind,
];

/** Every state value the audit trail can write, enums and the calendar's few words alike. */
export const AUDIT_STATES: string[] = [
  ...new Set([...STATE_ENUMS.flatMap((e) => Object.values(e) as string[]), 'workday', 'holiday', 'provisional', 'confirmed']),
];
