import { StaffInquiriesPage } from '@/components/inquiries/staff-inquiries-page';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { answerInquiryAction } from './actions';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('inquiries', 'staffTitle');

export default async function InquiriesPage() {
  return <StaffInquiriesPage actor={await requirePageActor(DEPARTMENT_ROLES, '/review/inquiries')} answer={answerInquiryAction} />;
}
