import { Fact } from '@/components/ui/fact';
import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from '@/i18n/server';
import { Card } from '@/components/ui/card';

/** The receipt number and check code the applicant can give anyone to follow the case on /track. */
export async function TrackingPanel({ receiptNumber, checkCode }: { receiptNumber: string | null; checkCode: string }) {
  if (!receiptNumber) return null;
  const t = await getTranslations('track');
  return (
    <Card title={t('panelTitle')}>
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <Fact label={t('receiptNumber')} className="font-mono">
          {receiptNumber}
        </Fact>
        <div>
          <dt className="text-slate-500">{t('checkCode')}</dt>
          <dd className="font-mono text-lg tracking-widest" data-testid="check-code">
            {checkCode}
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-sm text-slate-600">
        {t('panelHint')} <TextLink href="/track">{t('title')}</TextLink>
      </p>
    </Card>
  );
}
