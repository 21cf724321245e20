import { StaffInquiriesPage } from '@/components/inquiries/staff-inquiries-page';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { answerInquiryAction } from './actions';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('inquiries', 'staffTitle');

export default async function InquiriesPage() {
  return <StaffInquiriesPage actor={await requirePageActor(WINDOW_ROLES, '/desk/inquiries')} answer={answerInquiryAction} />;
}
