import { getTranslations } from '@/i18n/server';
import { PageHeader } from '@/components/ui/card';
import type { ActionState } from '@/lib/action';
import type { Actor } from '@/lib/auth/actor';
import { listInquiries } from '@/lib/inquiries/list-inquiries';
import { InquiryList } from './inquiry-list';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** Staff (window or department): the questions they may answer, each with an answer form. */
export async function StaffInquiriesPage({ actor, answer }: { actor: Actor; answer: Action }) {
  const [t, rows] = await Promise.all([getTranslations('inquiries'), listInquiries(actor)]);
  return (
    <div>
      <PageHeader title={t('staffTitle')} description={t('staffDescription')} />
      <InquiryList rows={rows} answer={answer} />
    </div>
  );
}
