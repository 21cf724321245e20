import { getFormatter, getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { Card, PageHeader } from '@/components/ui/card';
import { Td } from '@/components/ui/table';
import { TextLink } from '@/components/ui/text-link';
import { requirePageActor } from '@/lib/auth/session';
import { listSubscribers } from '@/lib/events/list-subscribers';
import { RegisterSubscriberForm, SubscriberActiveButton } from './subscriber-forms';
import { titleFrom } from '@/app/page-title';
import { TableOrEmpty } from '@/components/layout/table-or-empty';

export const generateMetadata = titleFrom('eventSubscribers');

/** Partner systems that receive case events (docs/integration.md): register, pause, and open each one's delivery log. */
export default async function SubscribersPage() {
  const actor = await requirePageActor(['ADMIN'], '/admin/subscribers');
  const [t, format, subscribers] = await Promise.all([getTranslations('eventSubscribers'), getFormatter(), listSubscribers(actor)]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Shanghai' });
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <Card title={t('registerTitle')}>
        <RegisterSubscriberForm />
      </Card>
      <Card title={t('listTitle')}>
        <TableOrEmpty rows={subscribers} empty={t('empty')} caption={t('listTitle')} head={[t('name'), t('types'), t('deliveries'), t('status'), t('actions')]}>
          {(s) => (
            <tr key={s.id}>
              <Td>
                <TextLink href={`/admin/subscribers/${s.id}`}>{s.name}</TextLink>
                <div className="break-all font-mono text-xs text-slate-500">{s.url}</div>
                <div className="text-xs text-slate-500">
                  {t('created', { at: when(s.createdAt) })} · {s.personalData ? t('withPersonalData') : t('withoutPersonalData')}
                </div>
              </Td>
              <Td>
                <ul className="text-xs">
                  {s.types.map((type) => (
                    <li key={type}>{t(`type.${type.replaceAll('.', '_')}`)}</li>
                  ))}
                </ul>
              </Td>
              <Td className="whitespace-nowrap text-sm">{t('counts', { sent: s.sent, pending: s.pending, failed: s.failed })}</Td>
              <Td>{s.active ? <Badge tone="blue">{t('active')}</Badge> : <Badge tone="red">{t('paused')}</Badge>}</Td>
              <Td>
                <SubscriberActiveButton id={s.id} name={s.name} active={s.active} />
              </Td>
            </tr>
          )}
        </TableOrEmpty>
      </Card>
    </div>
  );
}
