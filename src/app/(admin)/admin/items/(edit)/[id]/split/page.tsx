import type { Metadata } from 'next';
import { getTranslations } from '@/i18n/server';
import { requirePageActor } from '@/lib/auth/session';
import { getSuccessionChoices } from '@/lib/catalog-admin/get-succession-choices';
import { orNotFound } from '@/lib/page';
import { SplitForm } from '../../../succession-forms';
import { SuccessionPage } from '../../../succession-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('succession'))('splitTitle') };
}

export default async function SplitItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['ADMIN'], `/admin/items/${id}/split`);
  const [t, choices] = await Promise.all([getTranslations('succession'), orNotFound(getSuccessionChoices(actor, id))]);
  const { document } = choices;
  return (
    <SuccessionPage itemId={id} title={t('splitTitle')} item={document}>
      <p className="mb-5 text-sm text-slate-600">
        {document.situations.length > 0
          ? t('splitHint', { situations: document.situations.length, materials: document.materials.length })
          : t('splitHintNoSituations', { materials: document.materials.length })}
      </p>
      <SplitForm itemId={id} situations={document.situations.map((s) => s.name)} />
    </SuccessionPage>
  );
}
