import { getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { Actor } from '@/lib/auth/actor';
import { listMyRatings } from '@/lib/evaluation/list-my-ratings';
import { RatingForm } from './rating-form';

/** 好差评 of this case: one form per occasion that has happened and is not rated yet. */
export async function RatingPanel({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  const [t, occasions] = await Promise.all([getTranslations('ratings'), listMyRatings(actor, { applicationId })]);
  if (occasions.length === 0) return null;
  return (
    <Card title={t('title')}>
      <div className="space-y-6">
        {occasions.map((o) =>
          o.evaluation ? (
            <div key={o.occasion} className="text-sm">
              <p className="font-medium">
                {t(`occasion.${o.occasion}`)}：{t(`level.${o.evaluation.overall}`)}
              </p>
              {o.evaluation.rectification && (
                <p className="mt-1">
                  <Badge tone={o.evaluation.rectification.closedAt ? 'green' : 'yellow'}>{t(`rectification.${o.evaluation.rectification.status}`)}</Badge>
                  {o.evaluation.rectification.closedAt && o.evaluation.rectification.outcome && (
                    <span className="ml-2 text-slate-700">{o.evaluation.rectification.outcome}</span>
                  )}
                </p>
              )}
            </div>
          ) : (
            <RatingForm key={o.occasion} applicationId={applicationId} occasion={o.occasion} indicators={o.indicators} />
          ),
        )}
      </div>
    </Card>
  );
}
