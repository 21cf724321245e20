import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InquiryList } from '@/components/inquiries/inquiry-list';
import { PageHeader } from '@/components/ui/card';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { listInquiries } from '@/lib/inquiries/list-inquiries';
import { answerInquiryAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('inquiries'))('staffTitle') };
}

export default async function StaffInquiriesPage() {
  const actor = await requirePageActor(WINDOW_ROLES, '/desk/inquiries');
  const [t, rows] = await Promise.all([getTranslations('inquiries'), listInquiries(actor)]);
  return (
    <div>
      <PageHeader title={t('staffTitle')} description={t('staffDescription')} />
      <InquiryList rows={rows} answer={answerInquiryAction} />
    </div>
  );
}
