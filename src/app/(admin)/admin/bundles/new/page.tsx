import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { listMemberChoices } from '@/lib/bundles/list-bundles-admin';
import { listDepartmentChoices } from '@/lib/catalog-admin/list-department-choices';
import { BundleForm } from '../bundle-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('bundles.admin'))('new') };
}

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
