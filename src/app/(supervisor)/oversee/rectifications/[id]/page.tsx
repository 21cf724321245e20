import { notFound } from 'next/navigation';
import { getTranslations } from '@/i18n/server';
import { RectificationPage } from '@/components/evaluation/rectification-summary';
import { ButtonLink } from '@/components/ui/button';
import { requirePageActor } from '@/lib/auth/session';
import { getRectificationRow } from '@/lib/evaluation/list-rectifications';
import { ReviewForm } from './review-form';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('ratings', 'rectificationTitle');

export default async function SupervisorRectificationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['SUPERVISOR'], `/oversee/rectifications/${id}`);
  const [t, row] = await Promise.all([getTranslations('ratings'), getRectificationRow(actor, id)]);
  if (!row) notFound();
  return (
    <RectificationPage
      row={row}
      links={
        <>
          <ButtonLink href={`/oversee/applications/${row.applicationId}`} variant="secondary">
            {t('viewCase')}
          </ButtonLink>
          <ButtonLink href="/oversee/rectifications" variant="secondary">
            {t('backToRectifications')}
          </ButtonLink>
        </>
      }
    >
      {row.awaitingReview && <ReviewForm rectificationId={row.id} />}
    </RectificationPage>
  );
}
