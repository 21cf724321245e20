import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';
import { Card, PageHeader } from '@/components/ui/card';
import type { ActionState } from '@/lib/action';
import type { Actor } from '@/lib/auth/actor';
import { listMessages } from '@/lib/conversation/list-messages';
import { orNotFound } from '@/lib/page';
import { MessageForm } from './message-form';
import { MessageThread } from './message-thread';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** Staff: one case's conversation with a reply form. */
export async function StaffThreadPage({ actor, applicationId, back, action }: { actor: Actor; applicationId: string; back: string; action: Action }) {
  const [t, conversation] = await Promise.all([getTranslations('conversation'), orNotFound(listMessages(actor, applicationId))]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('threadTitle', { item: conversation.itemName })}
        description={conversation.receiptNumber ? `${t('receiptNumber')}：${conversation.receiptNumber}` : undefined}
        actions={
          <Link href={back} className="text-sm text-brand-700 underline">
            {t('backToList')}
          </Link>
        }
      />
      <Card title={t('title')}>
        <div className="space-y-5">
          <MessageThread messages={conversation.messages} />
          <MessageForm applicationId={applicationId} action={action} />
        </div>
      </Card>
    </div>
  );
}
