import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

// Statuses in which the applicant must act, not wait.
const ASKED = new Set(['CORRECTION_REQUIRED', 'DECIDED']);

/** What happens next with a case, and whether it is the applicant's turn. */
export async function NextStep({ status, applicationId }: { status: string; applicationId: string }) {
  const t = await getTranslations('nextStep');
  const text = t.has(status) ? t(status) : '—';
  if (!ASKED.has(status)) return <span className="text-sm text-slate-600">{text}</span>;
  return (
    <Link href={`/me/applications/${applicationId}`} className="text-sm font-medium text-seal-700 underline">
      {text}
    </Link>
  );
}
