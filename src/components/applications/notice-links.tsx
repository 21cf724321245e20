import { getTranslations } from 'next-intl/server';

/** Download links for the notices an application has been issued (served by /api/notices). */
export async function NoticeLinks({ application }: { application: { id: string; status: string; receiptNumber: string | null; hasCorrection: boolean } }) {
  const t = await getTranslations('intake.notices');
  const links: { kind: 'acceptance' | 'correction' | 'rejection'; label: string }[] = [];
  if (application.receiptNumber) links.push({ kind: 'acceptance', label: t('acceptance') });
  if (application.hasCorrection) links.push({ kind: 'correction', label: t('correction') });
  if (application.status === 'REJECTED') links.push({ kind: 'rejection', label: t('rejection') });
  if (links.length === 0) return null;
  return (
    <nav aria-label={t('title')} className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-5 py-3 text-sm shadow-sm">
      <span className="font-medium text-slate-700">{t('title')}</span>
      {links.map((link) => (
        <a
          key={link.kind}
          href={`/api/notices/${application.id}/${link.kind}`}
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
