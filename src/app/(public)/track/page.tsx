import type { Metadata } from 'next';
import { getTranslations } from '@/i18n/server';
import { PageHeader } from '@/components/ui/card';
import { runPublicAction, type ActionState } from '@/lib/action';
import { lookupProgressInWords, type TrackedProgress } from '@/lib/progress/progress-in-words';
import { TrackForm } from './track-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('track'))('title') };
}

/**
 * Public, no sign-in. The QR code on an acceptance notice opens
 * `/track?no=<receipt number>&code=<check code>`: the progress shows at once,
 * through the same lookup (and guess limit) as the form.
 */
export default async function TrackPage({ searchParams }: { searchParams: Promise<{ no?: string | string[]; code?: string | string[] }> }) {
  const t = await getTranslations('track');
  const params = await searchParams;
  const receiptNumber = typeof params.no === 'string' ? params.no.trim().slice(0, 40) : '';
  const checkCode = typeof params.code === 'string' ? params.code.trim().slice(0, 20) : '';
  const initial: ActionState<TrackedProgress> =
    receiptNumber && checkCode ? await runPublicAction((clientAddress) => lookupProgressInWords({ receiptNumber, checkCode, clientAddress })) : null;
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <TrackForm initial={initial} receiptNumber={receiptNumber} checkCode={checkCode} />
    </div>
  );
}
