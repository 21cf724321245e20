import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InquiryList } from '@/components/inquiries/inquiry-list';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { listInquiries } from '@/lib/inquiries/list-inquiries';
import { findAskableItem } from '@/lib/inquiries/find-askable-item';
import { AskForm } from './ask-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('inquiries'))('title') };
}

export default async function MyInquiriesPage({ searchParams }: { searchParams: Promise<{ item?: string }> }) {
  const { item: itemId } = await searchParams;
  const actor = await requirePageActor(['APPLICANT'], itemId ? `/me/inquiries?item=${encodeURIComponent(itemId)}` : '/me/inquiries');
  const [t, item, rows] = await Promise.all([getTranslations('inquiries'), itemId ? findAskableItem(itemId) : null, listInquiries(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <div className="grid gap-6 lg:grid-cols-[24rem_1fr]">
        <AskForm item={item} />
        <section aria-labelledby="my-inquiries">
          <h2 id="my-inquiries" className="mb-3 text-base font-semibold text-slate-800">
            {t('mine')}
          </h2>
          <InquiryList rows={rows} />
        </section>
      </div>
    </div>
  );
}
