/**
 * The CloudEvents `type`s the portal publishes (docs/integration.md). Plain
 * constants: the admin's subscriber form lists them too.
 */
export const CASE_EVENT_TYPES = [
  // Every status change an applicant sees on their case (submitted, accepted, decided, ...).
  'cn.yichuang.case.status-changed',
  // A rating (好差评) given to a case.
  'cn.yichuang.case.rated',
  // A deadline warning colour that changed (a case, its intake or one of its review steps).
  'cn.yichuang.case.warning-changed',
  'cn.yichuang.complaint.filed',
  'cn.yichuang.complaint.answered',
] as const;

export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];
