import { getTranslations } from '@/i18n/server';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { getWarningThresholds } from '@/lib/supervision/get-warning-thresholds';
import { ThresholdsForm } from './thresholds-form';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('supervision', 'thresholdsTitle');

/**
 * The warning thresholds, on a page of their own: set once in a while, they were a form
 * (and the form's messages) carried by every load of the board.
 */
export default async function ThresholdsPage() {
  const actor = await requirePageActor(['SUPERVISOR'], '/oversee/thresholds');
  const [t, thresholds] = await Promise.all([getTranslations(), getWarningThresholds(actor)]);
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
        <ThresholdsForm days={thresholds.days} percent={thresholds.percent} />
      </Card>
    </div>
  );
}
