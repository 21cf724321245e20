import { getTranslations } from '@/i18n/server';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { listMemberChoices } from '@/lib/bundles/list-bundles-admin';
import { listDepartmentChoices } from '@/lib/catalog-admin/list-department-choices';
import { BundleForm } from '../bundle-form';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('bundles.admin', 'new');

export default async function NewBundlePage() {
  const actor = await requirePageActor(['ADMIN'], '/admin/bundles/new');
  const [t, departments, items] = await Promise.all([getTranslations('bundles.admin'), listDepartmentChoices(actor), listMemberChoices(actor)]);
  const empty = { code: '', name: '', lifeEvent: '', leadDepartmentCode: '', promisedLimitDays: '', situations: [], description: null, members: [] };
  return (
    <div>
      <PageHeader title={t('new')} description={t('description')} />
      <BundleForm versionId={null} document={empty} departments={departments} items={items} codeFixed={false} />
    </div>
  );
}
