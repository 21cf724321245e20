// Audit events as sentences in the reader's language, for the timelines (server
// and client) and the supervisor's audit trail: never an action code such as
// `answer-correction` nor `DRAFT -> SUBMITTED`. Takes a root translator
// (`getTranslations()` / `useTranslations()`), whose messages include
// `auditWords` (and `timeline`, the applicant's wording, preferred where it has one).

type Translator = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

export function auditActionText(t: Translator, action: string): string {
  if (t.has(`timeline.${action}`)) return t(`timeline.${action}`);
  if (t.has(`auditWords.actions.${action}`)) return t(`auditWords.actions.${action}`);
  // An action since renamed or retired: a neutral sentence rather than its code.
  return t('auditWords.unknown');
}

const isoDate = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

/** A from/to value: a translated state, a date (the calendar's recomputed due dates) formatted, or, rarely, free text as written. */
function auditStateText(t: Translator, value: string, formatDate: (d: Date) => string): string {
  if (t.has(`auditWords.states.${value}`)) return t(`auditWords.states.${value}`);
  if (isoDate.test(value) && !Number.isNaN(Date.parse(value))) return formatDate(new Date(value));
  return value;
}

/** "from A to B", "now B", "was A", or null when the event moved no state. */
export function auditChangeText(t: Translator, from: string | null, to: string | null, formatDate: (d: Date) => string): string | null {
  const word = (v: string) => auditStateText(t, v, formatDate);
  if (from && to) return t('auditWords.change', { from: word(from), to: word(to) });
  if (to) return t('auditWords.changeTo', { to: word(to) });
  if (from) return t('auditWords.changeFrom', { from: word(from) });
  return null;
}
