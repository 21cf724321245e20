import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getFormatter, getTranslations, getLocale } from '@/i18n/server';
import { localeOf } from '@/i18n/config';
import { statusTone } from '@/components/applications/status-tone';
import { StoppedClockNote } from '@/components/clock/stopped-clock-note-server';
import { ApplicationRows, type MyApplicationRow } from './application-rows';
import { NextStep, nextStepWords } from './next-step';
import { DeleteDraftButton } from './delete-draft-button';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Table } from '@/components/ui/table';
import { KeysetPager } from '@/components/ui/keyset-pager';
import { MyBundleCases } from '@/components/bundles/my-bundle-cases';
import { listMyApplicationsPage } from '@/lib/applications/list-my-applications';
import { getRequestContext, requirePageActor } from '@/lib/auth/session';
import { listMyDrafts } from '@/lib/intake/list-my-drafts';
import { listHeldCertificates } from '@/lib/library/list-held-certificates';
import { listReplacedCertificates } from '@/lib/library/list-replaced-certificates';
import { listNotifications } from '@/lib/notify/list-notifications';
import { keysetPageSchema } from '@/lib/paging';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('me'))('title') };
}

/** 核验 of a certificate in the library, held or replaced: the public check page, named for a screen reader. */
function VerifyLink({
  certificate: c,
  label,
  className,
}: {
  certificate: { type: string; number: string; verifyCode: string };
  label: string;
  className: string;
}) {
  return (
    <Link href={`/verify?${new URLSearchParams({ no: c.number, code: c.verifyCode })}`} aria-label={`${label}：${c.type} ${c.number}`} className={className}>
      {label}
    </Link>
  );
}

export default async function MyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(['APPLICANT'], '/me');
  const { after } = keysetPageSchema.parse(await searchParams);
  const [t, format, { rows: applications, next }, drafts, certificates, { notifications }, { unreadNotifications }, replaced] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listMyApplicationsPage(actor, { after }),
    listMyDrafts(actor),
    listHeldCertificates(actor),
    listNotifications(actor, { take: 5, locale: localeOf(await getLocale()) }),
    getRequestContext(),
    listReplacedCertificates(actor),
  ]);
  const waiting = applications.filter((a) => a.nextStep.yourTurn);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('me.title')}
        description={t('me.welcome', { name: actor.name })}
        actions={<ButtonLink href="/services">{t('me.newApplication')}</ButtonLink>}
      />
      <MyBundleCases actor={actor} />
      {drafts.length > 0 && (
        <Card title={t('drafts.title')}>
          <p className="mb-3 text-sm text-slate-600">{t('drafts.intro')}</p>
          <ul className="divide-y divide-slate-100">
            {drafts.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="font-medium">
                    {d.itemName} <Badge tone="yellow">{t('drafts.badge')}</Badge>
                  </p>
                  <p className="text-xs text-slate-500">
                    {d.department} · {t('drafts.lastSaved', { time: format.dateTime(d.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  <ButtonLink href={`/me/apply/${d.itemCode}?draft=${d.id}`} variant="secondary" aria-label={t('drafts.continueLabel', { item: d.itemName })}>
                    {t('drafts.continue')}
                  </ButtonLink>
                  <DeleteDraftButton draftId={d.id} itemName={d.itemName} />
                </div>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {waiting.length > 0 && (
        <section aria-labelledby="waiting-for-you" className="rounded-lg border border-amber-300 bg-amber-50 px-5 py-4">
          <h2 id="waiting-for-you" className="text-base font-semibold text-amber-900">
            {t('applicantNextStep.askedTitle', { count: waiting.length })}
          </h2>
          <p className="mt-1 text-sm text-amber-900">{t('applicantNextStep.askedIntro')}</p>
          <ul className="mt-3 divide-y divide-amber-200">
            {waiting.map((a) => (
              <li key={a.id} className="waiting-item">
                <span className="min-w-0">
                  <span className="block font-medium text-slate-900">{a.itemName}</span>
                  <span className="block font-mono text-xs text-slate-600">{a.receiptNumber ?? a.department}</span>
                </span>
                <NextStep step={nextStepWords(t, a.nextStep, a.itemName)} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <Card title={t('me.applications')}>
        {applications.length === 0 ? (
          <EmptyState>{t('me.noApplications')}</EmptyState>
        ) : (
          <Table cards head={[t('me.item'), t('me.receiptNumber'), t('me.status'), t('nextStep.title'), t('me.submittedAt'), t('me.promisedDue')]}>
            <ApplicationRows
              provisional={{ mark: t('clock.provisionalDue'), note: t('clock.provisionalDueNote') }}
              rows={applications.map((a): MyApplicationRow => ({
                a: a.id,
                i: a.itemName,
                d: a.department,
                n: a.receiptNumber,
                s: statusTone(a.status, a.decision),
                t: t(a.status === 'DECIDED' && a.decision ? `status.DECIDED_${a.decision}` : `status.${a.status}`),
                x: nextStepWords(t, a.nextStep, a.itemName),
                o: a.submittedAt ? format.dateTime(a.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—',
                u: a.promisedDueAt ? format.dateTime(a.promisedDueAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—',
                ...(a.dueProvisional ? { p: true } : {}),
                ...(a.stopped ? { r: <StoppedClockNote stopped={a.stopped} /> } : {}),
              }))}
            />
          </Table>
        )}
        <KeysetPager base="/me" after={after} next={next} />
      </Card>
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t('me.library')}>
          {certificates.length === 0 ? (
            <EmptyState>{t('me.noCertificates')}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {certificates.map((c) => (
                <li key={c.id} className="flex items-start justify-between gap-3 py-2">
                  <div className="min-w-0">
                    <p className="font-medium">{c.type}</p>
                    <p className="break-all text-xs text-slate-500">
                      {c.number} · {c.issuer}
                    </p>
                  </div>
                  <span className="flex shrink-0 gap-2">
                    <a
                      href={`/api/certificates/${c.id}`}
                      target="_blank"
                      rel="noopener"
                      aria-label={`${t('resultDocs.pdf')}：${c.type} ${c.number}`}
                      className="chip chip-brand"
                    >
                      {t('resultDocs.pdf')}
                    </a>
                    <VerifyLink certificate={c} label={t('resultDocs.verify')} className="chip" />
                  </span>
                </li>
              ))}
            </ul>
          )}
          {replaced.length > 0 && (
            <div className="mt-4 border-t border-slate-100 pt-3">
              <p className="text-xs font-medium text-slate-500">{t('certificateLibrary.replacedTitle')}</p>
              <ul className="mt-1 space-y-1 text-xs text-slate-600">
                {replaced.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center gap-x-2">
                    <span>
                      {c.type} {c.number}
                    </span>
                    <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700">{t('certificateLibrary.replaced')}</span>
                    <VerifyLink certificate={c} label={t('resultDocs.verify')} className="text-brand-700 underline hover:no-underline" />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
        <Card
          title={t('me.notifications')}
          actions={
            <Link href="/me/notifications" className="text-sm text-brand-700 underline">
              {t('notifications.all')}
              {unreadNotifications > 0 && ` · ${t('notifications.unreadSummary', { count: unreadNotifications })}`}
            </Link>
          }
        >
          {notifications.length === 0 ? (
            <EmptyState>{t('me.noNotifications')}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {notifications.map((n) => (
                <li key={n.id} className="py-2">
                  <p className="note-title">
                    {n.readAt === null && <Badge tone="red">{t('notifications.unread')}</Badge>}
                    {n.link ? (
                      <Link href={n.link} className="text-brand-700 hover:underline">
                        {n.title}
                      </Link>
                    ) : (
                      n.title
                    )}
                  </p>
                  <p className="text-sm text-slate-600">{n.body}</p>
                  <p className="text-xs text-slate-500">{format.dateTime(n.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
