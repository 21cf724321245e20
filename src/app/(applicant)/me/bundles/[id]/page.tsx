import { getTranslations } from '@/i18n/server';
import { BundleCaseSummary } from '@/components/bundles/bundle-case-summary';
import { Card, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { requirePageActor } from '@/lib/auth/session';
import { getBundleCase } from '@/lib/bundles/get-bundle-case';
import { BundleCorrectionAnswer } from './correction-answer';
import { EarlyCollectionRequest } from './early-collection';
import { titleFrom } from '@/app/page-title';
import { orNotFound } from '@/lib/page';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ submitted?: string; corrected?: string }> };

export const generateMetadata = titleFrom('bundles', 'caseTitle');

export default async function MyBundleCasePage({ params, searchParams }: Props) {
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor(['APPLICANT'], `/me/bundles/${id}`);
  const c = await orNotFound(getBundleCase(actor, id));
  const t = await getTranslations();
  const ready = c.members.filter((m) => m.status === 'DECIDED');
  const flagged = c.materials.filter((m) => m.status === 'MISSING' || m.status === 'DEFECTIVE');
  return (
    <div className="space-y-6">
      <PageHeader title={c.name} description={t('bundles.caseTitle')} />
      {flags.submitted && <FormAlert tone="success">{t('bundles.submitted')}</FormAlert>}
      {flags.corrected && <FormAlert tone="success">{t('bundles.corrected')}</FormAlert>}
      <BundleCaseSummary bundleCase={c} memberHref={(memberId) => `/me/applications/${memberId}`} />
      {c.status === 'IN_PROGRESS' && ready.length > 0 && (
        <Card title={t('bundleFlow.early.title')}>
          <p className="mb-2 text-sm text-slate-600">{t('bundleFlow.early.hint')}</p>
          <p className="mb-3 text-sm">{t('bundleFlow.early.ready', { items: ready.map((m) => m.name).join('、') })}</p>
          {c.earlyCollectionRequestedAt ? (
            <p className="text-sm text-emerald-700">{t('bundleFlow.early.requested', { date: c.earlyCollectionRequestedAt })}</p>
          ) : (
            <EarlyCollectionRequest bundleCaseId={c.id} />
          )}
        </Card>
      )}
      {c.status === 'CORRECTION_REQUIRED' && flagged.length > 0 && (
        <Card title={t('bundles.correction.answerTitle')}>
          <BundleCorrectionAnswer
            bundleCaseId={c.id}
            materials={flagged.map((m) => ({ key: m.key, name: m.name, reason: m.reason ?? '', members: m.members }))}
          />
        </Card>
      )}
      <Card title={t('bundles.materials', { count: c.materials.length })}>
        <ul className="space-y-2 text-sm">
          {c.materials.map((m) => (
            <li key={m.key}>
              <span className="font-medium">{m.name}</span>
              <span className="ml-2 text-slate-500">{t('bundles.usedBy', { items: m.members.join('、') })}</span>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
