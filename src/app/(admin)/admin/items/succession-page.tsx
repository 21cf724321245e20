import type { ReactNode } from 'react';
import { getTranslations } from '@/i18n/server';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';

/** The frame of the merge and the split page: the item named under the title, a way back, the form in a card. */
export async function SuccessionPage({
  itemId,
  title,
  item,
  children,
}: {
  itemId: string;
  title: string;
  item: { name: string; basicCode: string };
  children: ReactNode;
}) {
  const t = await getTranslations('succession');
  return (
    <div className="space-y-6">
      <PageHeader
        title={title}
        description={`${item.name}（${item.basicCode}）`}
        actions={
          <ButtonLink href={`/admin/items/${itemId}`} variant="secondary">
            {t('back')}
          </ButtonLink>
        }
      />
      <Card>{children}</Card>
    </div>
  );
}
