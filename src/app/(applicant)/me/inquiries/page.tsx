import { getTranslations } from '@/i18n/server';
import { InquiryList } from '@/components/inquiries/inquiry-list';
import { FormBesideList } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { listInquiries } from '@/lib/inquiries/list-inquiries';
import { findAskableItem } from '@/lib/inquiries/find-askable-item';
import { AskForm } from './ask-form';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('inquiries');

export default async function MyInquiriesPage({ searchParams }: { searchParams: Promise<{ item?: string }> }) {
  const { item: itemId } = await searchParams;
  const actor = await requirePageActor(['APPLICANT'], itemId ? `/me/inquiries?item=${encodeURIComponent(itemId)}` : '/me/inquiries');
  const [t, item, rows] = await Promise.all([getTranslations('inquiries'), itemId ? findAskableItem(itemId) : null, listInquiries(actor)]);
  return (
    <FormBesideList title={t('title')} description={t('description')} form={<AskForm item={item} />} listId="my-inquiries" listTitle={t('mine')}>
      <InquiryList rows={rows} />
    </FormBesideList>
  );
}
