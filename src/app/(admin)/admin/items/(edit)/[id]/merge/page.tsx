import type { Metadata } from 'next';
import { getTranslations } from '@/i18n/server';
import { requirePageActor } from '@/lib/auth/session';
import { getSuccessionChoices } from '@/lib/catalog-admin/get-succession-choices';
import { orNotFound } from '@/lib/page';
import { MergeForm } from '../../../succession-forms';
import { SuccessionPage } from '../../../succession-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('succession'))('mergeTitle') };
}

export default async function MergeItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['ADMIN'], `/admin/items/${id}/merge`);
  const [t, choices] = await Promise.all([getTranslations('succession'), orNotFound(getSuccessionChoices(actor, id))]);
  return (
    <SuccessionPage itemId={id} title={t('mergeTitle')} item={choices.document}>
      <MergeForm itemId={id} itemName={choices.document.name} candidates={choices.candidates} />
    </SuccessionPage>
  );
}
