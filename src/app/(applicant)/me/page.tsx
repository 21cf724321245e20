import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/applications/status-badge';
import { NextStep } from './next-step';
import { ButtonLink } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td } from '@/components/ui/table';
import { listMyApplications } from '@/lib/applications/list-my-applications';
import { requirePageActor } from '@/lib/auth/session';
import { listHeldCertificates } from '@/lib/library/list-held-certificates';
import { listNotifications } from '@/lib/notify/list-notifications';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('me'))('title') };
}

export default async function MyPage() {
  const actor = await requirePageActor(['APPLICANT'], '/me');
  const [t, format, applications, certificates, notifications] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listMyApplications(actor),
    listHeldCertificates(actor),
    listNotifications(actor, 5),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('me.title')} description={t('me.welcome', { name: actor.name })} actions={<ButtonLink href="/services">{t('me.newApplication')}</ButtonLink>} />
      <Card title={t('me.applications')}>
        {applications.length === 0 ? (
          <EmptyState>{t('me.noApplications')}</EmptyState>
        ) : (
          <Table head={[t('me.item'), t('me.receiptNumber'), t('me.status'), t('nextStep.title'), t('me.submittedAt'), t('me.promisedDue')]}>
            {applications.map((a) => (
              <tr key={a.id}>
                <Td>
                  <Link href={`/me/applications/${a.id}`} className="font-medium text-brand-700 hover:underline">
                    {a.itemName}
                  </Link>
                  <span className="block text-xs text-slate-500">{a.department}</span>
                </Td>
                <Td className="whitespace-nowrap font-mono text-xs">{a.receiptNumber ?? '—'}</Td>
                <Td>
                  <StatusBadge status={a.status} decision={a.decision} />
                </Td>
                <Td>
                  <NextStep status={a.status} applicationId={a.id} />
                </Td>
                <Td className="whitespace-nowrap">{a.submittedAt ? format.dateTime(a.submittedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—'}</Td>
                <Td className="whitespace-nowrap">{a.promisedDueAt ? format.dateTime(a.promisedDueAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—'}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t('me.library')}>
          {certificates.length === 0 ? (
            <EmptyState>{t('me.noCertificates')}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {certificates.map((c) => (
                <li key={c.id} className="py-2">
                  <p className="font-medium">{c.type}</p>
                  <p className="text-xs text-slate-500">
                    {c.number} · {c.issuer}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t('me.notifications')}>
          {notifications.length === 0 ? (
            <EmptyState>{t('me.noNotifications')}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {notifications.map((n) => (
                <li key={n.id} className="py-2">
                  <p className="font-medium">{n.link ? <Link href={n.link} className="text-brand-700 hover:underline">{n.title}</Link> : n.title}</p>
                  <p className="text-sm text-slate-600">{n.body}</p>
                  <p className="text-xs text-slate-400">{format.dateTime(n.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
