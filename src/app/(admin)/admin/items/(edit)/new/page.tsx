import type { Metadata } from 'next';
import { getTranslations } from '@/i18n/server';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { listDepartmentChoices } from '@/lib/catalog-admin/list-department-choices';
import { createItemAction } from '../../actions';
import { ItemForm } from '../../item-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('catalogAdmin.form'))('newTitle') };
}

export default async function NewItemPage() {
  const actor = await requirePageActor(['ADMIN'], '/admin/items/new');
  const [t, departments] = await Promise.all([getTranslations('catalogAdmin.form'), listDepartmentChoices(actor)]);
  return (
    <div>
      <PageHeader title={t('newTitle')} />
      <ItemForm action={createItemAction} initial={null} departments={departments} submitLabel={t('create')} />
    </div>
  );
}
