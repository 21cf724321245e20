import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AutoRefresh } from '@/components/hall/auto-refresh';
import { PageHeader } from '@/components/ui/card';
import { getHallBoard } from '@/lib/hall/get-hall-board';
import { TakeTicket } from './take-ticket';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('queue.take'))('title') };
}

// Waiting counts change with every ticket: never serve a cached page.
export const dynamic = 'force-dynamic';

/** The kiosk in the hall: public, no sign-in. */
export default async function TakeTicketPage() {
  const [t, board] = await Promise.all([getTranslations('queue.take'), getHallBoard()]);
  return (
    <div className="mx-auto max-w-3xl">
      <AutoRefresh seconds={15} />
      <PageHeader title={t('title')} description={t('description')} />
      <TakeTicket waiting={board.waiting} />
    </div>
  );
}
