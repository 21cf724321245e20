import { getTranslations } from '@/i18n/server';
import { BundleCaseSummary } from '@/components/bundles/bundle-case-summary';
import { Card, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { getBundleCase } from '@/lib/bundles/get-bundle-case';
import { AcceptBundleForm, BundleCorrectionForm, DeliverBundleForm } from './forms';
import { titleFrom } from '@/app/page-title';
import { orNotFound } from '@/lib/page';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ registered?: string }> };

export const generateMetadata = titleFrom('bundles', 'caseTitle');

/** 一窗受理 of a bundle: its members and materials once, one acceptance or one correction notice, later the one delivery. */
export default async function DeskBundlePage({ params, searchParams }: Props) {
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor(WINDOW_ROLES, `/desk/bundles/${id}`);
  const c = await orNotFound(getBundleCase(actor, id));
  const t = await getTranslations();
  // Results issued and not yet handed over: what an early collection takes.
  const ready = c.members.filter((m) => m.status === 'DECIDED');
  return (
    <div className="space-y-6">
      <PageHeader title={c.name} description={t('bundles.caseTitle')} />
      {flags.registered && <FormAlert tone="success">{t('bundleFlow.walkIn.registered')}</FormAlert>}
      <BundleCaseSummary bundleCase={c} memberHref={(memberId) => `/desk/applications/${memberId}`} />
      <Card title={t('bundles.materials', { count: c.materials.length })}>
        <ul className="space-y-2 text-sm">
          {c.materials.map((m) => (
            <li key={m.key} className="flex flex-wrap gap-x-3">
              <span className="font-medium">{m.name}</span>
              <span className="text-slate-500">{t('bundles.usedBy', { items: m.members.join('、') })}</span>
              {m.files.map((f) => (
                <a key={f.id} href={`/api/files/${f.id}`} className="text-brand-700 hover:underline">
                  {f.name}
                </a>
              ))}
              {m.reason && <span className="text-seal-700">{m.reason}</span>}
            </li>
          ))}
        </ul>
      </Card>
      {c.status === 'SUBMITTED' && (
        <>
          <Card title={t('bundles.desk.acceptTitle')}>
            <AcceptBundleForm bundleCaseId={c.id} members={c.members.map((m) => ({ id: m.id, name: m.name }))} />
          </Card>
          <Card title={t('bundles.desk.correctionTitle')}>
            <BundleCorrectionForm bundleCaseId={c.id} materials={c.materials.map((m) => ({ key: m.key, name: m.name, members: m.members }))} />
          </Card>
        </>
      )}
      {c.status === 'IN_PROGRESS' && ready.length > 0 && (
        <Card title={t('bundleFlow.early.deskTitle')}>
          <p className="mb-2 text-sm text-slate-600">{t('bundleFlow.early.deskHint')}</p>
          <p className="mb-2 text-sm">{t('bundleFlow.early.ready', { items: ready.map((m) => m.name).join('、') })}</p>
          {c.earlyCollectionRequestedAt && (
            <p className="mb-3 text-sm text-emerald-700">{t('bundleFlow.early.deskRequested', { date: c.earlyCollectionRequestedAt })}</p>
          )}
          <DeliverBundleForm bundleCaseId={c.id} part />
        </Card>
      )}
      {c.status === 'CONCLUDED' && (
        <Card title={t('bundles.desk.deliverTitle')}>
          <DeliverBundleForm bundleCaseId={c.id} />
        </Card>
      )}
    </div>
  );
}
