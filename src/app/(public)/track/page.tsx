import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/card';
import { TrackForm } from './track-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('track'))('title') };
}

export default async function TrackPage() {
  const t = await getTranslations('track');
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <TrackForm />
    </div>
  );
}
