import { getFormatter, getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { Card, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { requirePageActor } from '@/lib/auth/session';
import { getBundleAdmin } from '@/lib/bundles/get-bundle-admin';
import { listMemberChoices } from '@/lib/bundles/list-bundles-admin';
import { listDepartmentChoices } from '@/lib/catalog-admin/list-department-choices';
import { BundleForm, PublishBundleForm } from '../bundle-form';
import { titleFrom } from '@/app/page-title';
import { orNotFound } from '@/lib/page';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; published?: string }> };

export const generateMetadata = titleFrom('bundles.admin');

/** A bundle's versions and history; its draft edited and published here (a new draft starts from the published version). */
export default async function AdminBundlePage({ params, searchParams }: Props) {
  const [{ id }, flags] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor(['ADMIN'], `/admin/bundles/${id}`);
  const bundle = await orNotFound(getBundleAdmin(actor, id));
  const [t, format, departments, items] = await Promise.all([
    getTranslations('bundles.admin'),
    getFormatter(),
    listDepartmentChoices(actor),
    listMemberChoices(actor),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={bundle.name} description={`${bundle.code}`} />
      {flags.saved && <FormAlert tone="success">{t('saved')}</FormAlert>}
      {flags.published && <FormAlert tone="success">{t('publishedNotice')}</FormAlert>}
      <Card title={t('versions')}>
        <ul className="space-y-2 text-sm">
          {bundle.versions.map((v) => (
            <li key={v.id} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">v{v.version}</span>
              <Badge tone={v.status === 'PUBLISHED' ? 'green' : v.status === 'DRAFT' ? 'yellow' : 'gray'}>{t(`status.${v.status}`)}</Badge>
              <span>{v.name}</span>
              <span className="text-slate-500">{t('memberCountText', { count: v.members })}</span>
              {v.publishedAt && <span className="text-slate-500">{format.dateTime(v.publishedAt, { dateStyle: 'medium' })}</span>}
            </li>
          ))}
        </ul>
        {bundle.draftId && (
          <div className="mt-4">
            <PublishBundleForm versionId={bundle.draftId} />
          </div>
        )}
      </Card>
      <section aria-labelledby="edit-title" className="space-y-3">
        <h2 id="edit-title" className="text-lg font-semibold">
          {bundle.draftId ? t('editDraft') : t('newDraft')}
        </h2>
        <BundleForm versionId={bundle.draftId} document={bundle.document} departments={departments} items={items} codeFixed />
      </section>
      <Card title={t('history')}>
        <ul className="space-y-1 text-sm">
          {bundle.history.map((h, i) => (
            <li key={i}>
              {format.dateTime(h.at, { dateStyle: 'short', timeStyle: 'short' })} · v{h.version} ·{' '}
              {t.has(`actions.${h.action}`) ? t(`actions.${h.action}`) : h.action}
              {h.actor && ` · ${h.actor}`}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
