import { getFormatter, getTranslations } from '@/i18n/server';
import { Card } from '@/components/ui/card';
import type { Actor } from '@/lib/auth/actor';
import { getResultDelivery } from '@/lib/results/get-result-delivery';
import { DeliveryChoiceForm } from './delivery-choice-form';

/**
 * 领取办理结果: how the result reaches the applicant. Before the decision the
 * choice made on the form, changeable; once decided, that it is ready, with
 * where and when to collect it and what to bring under the chosen window pickup
 * (or where it will be posted, or that it can be downloaded); once handed
 * over, when and how, with the tracking number of a posted result.
 */
export async function ResultPanel({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  const delivery = await getResultDelivery(actor, applicationId);
  if (!delivery) return null;
  const [t, format] = await Promise.all([getTranslations('resultDelivery'), getFormatter()]);
  const chosen = delivery.choice ?? 'WINDOW';
  if (delivery.receipt) {
    const { method, deliveredAt, trackingNumber } = delivery.receipt;
    return (
      <Card title={t('resultTitle')}>
        <p className="text-sm font-medium text-slate-900">
          {t(`delivered.${method}`, { date: format.dateTime(deliveredAt, { dateStyle: 'long' }), tracking: trackingNumber ?? '' })}
        </p>
      </Card>
    );
  }
  const decided = delivery.status === 'DECIDED';
  return (
    <Card title={t('resultTitle')}>
      <div className="space-y-4">
        {decided ? (
          <p className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900" role="status">
            {t(`ready.${chosen}`, { address: delivery.address })}
          </p>
        ) : (
          <p className="text-sm text-slate-600">{t('waiting')}</p>
        )}
        <DeliveryChoiceForm
          applicationId={applicationId}
          methods={delivery.methods}
          chosen={delivery.choice}
          address={delivery.address}
          postalFee={delivery.postalFee}
          pickup={delivery.pickup}
        />
      </div>
    </Card>
  );
}
