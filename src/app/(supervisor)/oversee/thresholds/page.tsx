import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { listBoardOptions } from '@/lib/supervision/list-board-options';
import { ThresholdsForm } from './thresholds-form';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('supervision', 'thresholdsTitle');

/**
 * The warning thresholds, on a page of their own: set once in a while, they were a form
 * (and the form's messages) carried by every load of the board.
 */
export default async function ThresholdsPage() {
  const actor = await requirePageActor(['SUPERVISOR'], '/oversee/thresholds');
  const [t, options] = await Promise.all([getTranslations(), listBoardOptions(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('supervision.thresholdsTitle')}
        description={t('supervision.thresholdPercentHint')}
        actions={
          <ButtonLink href="/oversee" variant="secondary">
            {t('oversee.title')}
          </ButtonLink>
        }
      />
      <Card>
        <ThresholdsForm days={options.thresholds.days} percent={options.thresholds.percent} />
      </Card>
    </div>
  );
}
