import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StaffInquiriesPage } from '@/components/inquiries/staff-inquiries-page';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { answerInquiryAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('inquiries'))('staffTitle') };
}

export default async function InquiriesPage() {
  return <StaffInquiriesPage actor={await requirePageActor(WINDOW_ROLES, '/desk/inquiries')} answer={answerInquiryAction} />;
}
