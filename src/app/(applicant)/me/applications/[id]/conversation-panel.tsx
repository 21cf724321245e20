import { getTranslations } from '@/i18n/server';
import { MessageForm } from '@/components/conversation/message-form';
import { MessageThread } from '@/components/conversation/message-thread';
import { Card } from '@/components/ui/card';
import type { Actor } from '@/lib/auth/actor';
import { listMessages } from '@/lib/conversation/list-messages';
import { sendApplicantMessageAction } from './conversation-actions';

/** 办件留言: the applicant's conversation with the staff handling the case. */
export async function ConversationPanel({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  const [t, conversation] = await Promise.all([getTranslations('conversation'), listMessages(actor, applicationId)]);
  return (
    <div id="conversation">
      <Card title={t('title')}>
        <div className="space-y-5">
          <p className="text-sm text-slate-600">{t('applicantIntro')}</p>
          <MessageThread messages={conversation.messages} />
          <MessageForm applicationId={applicationId} action={sendApplicantMessageAction} />
        </div>
      </Card>
    </div>
  );
}
