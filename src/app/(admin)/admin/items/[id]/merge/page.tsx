import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { getSuccessionChoices } from '@/lib/catalog-admin/get-succession-choices';
import { orNotFound } from '@/lib/page';
import { MergeForm } from '../../succession-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('succession'))('mergeTitle') };
}

export default async function MergeItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['ADMIN'], `/admin/items/${id}/merge`);
  const [t, choices] = await Promise.all([getTranslations('succession'), orNotFound(getSuccessionChoices(actor, id))]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('mergeTitle')}
        description={`${choices.document.name}（${choices.document.basicCode}）`}
        actions={<ButtonLink href={`/admin/items/${id}`} variant="secondary">{t('back')}</ButtonLink>}
      />
      <Card>
        <MergeForm itemId={id} itemName={choices.document.name} candidates={choices.candidates} />
      </Card>
    </div>
  );
}
