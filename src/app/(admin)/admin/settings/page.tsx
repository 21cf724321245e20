import { getTranslations } from '@/i18n/server';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { getRectificationLimit } from '@/lib/evaluation/get-rectification-limit';
import { getHallOpening } from '@/lib/hall/hall-opening';
import { HallOpeningForm } from './hall-opening-form';
import { RectificationLimitForm } from './rectification-limit-form';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('rectificationLimit');

export default async function SettingsPage() {
  await requirePageActor(['ADMIN'], '/admin/settings');
  const [t, th, days, opening] = await Promise.all([
    getTranslations('rectificationLimit'),
    getTranslations('hallOpening'),
    getRectificationLimit(),
    getHallOpening(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <Card title={t('cardTitle')}>
        <RectificationLimitForm days={days} />
      </Card>
      <Card title={th('cardTitle')}>
        <HallOpeningForm opening={opening} />
      </Card>
    </div>
  );
}
