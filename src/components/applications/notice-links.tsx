import { getTranslations } from '@/i18n/server';

type NoticeApplication = {
  id: string;
  status: string;
  receiptNumber: string | null;
  decision?: 'APPROVED' | 'DENIED' | null;
  certificates?: { id: string; type: string }[];
  /** The case's history: a correction notice was issued when it holds a request-correction event. */
  timeline: { action: string }[];
};

/**
 * Download links for the notices an application has been issued (served by
 * /api/notices), its decision document (/api/decisions) and the e-certificates
 * it issued (/api/certificates).
 */
export async function NoticeLinks({ application }: { application: NoticeApplication }) {
  const [t, tr] = await Promise.all([getTranslations('intake.notices'), getTranslations('resultDocs')]);
  const links: { key: string; href: string; label: string }[] = [];
  const notice = (kind: string) => `/api/notices/${application.id}/${kind}`;
  if (application.receiptNumber) links.push({ key: 'acceptance', href: notice('acceptance'), label: t('acceptance') });
  if (application.timeline.some((e) => e.action === 'request-correction'))
    links.push({ key: 'correction', href: notice('correction'), label: t('correction') });
  if (application.status === 'REJECTED') links.push({ key: 'rejection', href: notice('rejection'), label: t('rejection') });
  if (application.decision && (application.status === 'DECIDED' || application.status === 'DELIVERED')) {
    links.push({ key: 'decision', href: `/api/decisions/${application.id}`, label: tr(`decision.${application.decision}`) });
  }
  for (const c of application.certificates ?? []) links.push({ key: c.id, href: `/api/certificates/${c.id}`, label: tr('certificate', { type: c.type }) });
  if (links.length === 0) return null;
  return (
    <nav aria-label={t('title')} className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-5 py-3 text-sm shadow-sm">
      <span className="font-medium text-slate-700">{t('title')}</span>
      {links.map((link) => (
        <a
          key={link.key}
          href={link.href}
          target="_blank"
          rel="noopener"
          className="rounded-md border border-brand-200 px-3 py-1.5 text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          {link.label}
        </a>
      ))}
    </nav>
  );
}
