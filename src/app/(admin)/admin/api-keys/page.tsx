import { getFormatter, getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { Card, PageHeader } from '@/components/ui/card';
import { Td } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/session';
import { listApiKeys } from '@/lib/open311/list-api-keys';
import { IssueApiKeyForm, RevokeApiKeyButton } from './api-key-forms';
import { titleFrom } from '@/app/page-title';
import { TableOrEmpty } from '@/components/layout/table-or-empty';

export const generateMetadata = titleFrom('apiKeys');

/** Keys of partner systems filing Open311 service requests: issue, revoke, and see what each filed. */
export default async function ApiKeysPage() {
  const actor = await requirePageActor(['ADMIN'], '/admin/api-keys');
  const [t, format, keys] = await Promise.all([getTranslations('apiKeys'), getFormatter(), listApiKeys(actor)]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Shanghai' }) : '—');
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <Card title={t('issueTitle')}>
        <IssueApiKeyForm />
      </Card>
      <Card title={t('listTitle')}>
        <TableOrEmpty
          rows={keys}
          empty={t('empty')}
          caption={t('listTitle')}
          head={[t('name'), t('prefix'), t('rateLimit'), t('filed'), t('lastUsed'), t('status'), t('actions')]}
        >
          {(k) => (
            <tr key={k.id}>
              <Td>
                <div className="font-medium">{k.name}</div>
                <div className="text-xs text-slate-500">{t('created', { at: when(k.createdAt) })}</div>
                {k.requests.length > 0 && (
                  <details className="mt-1 text-xs text-slate-600">
                    <summary className="cursor-pointer">{t('recent')}</summary>
                    <ul className="mt-1 space-y-0.5">
                      {k.requests.map((r) => (
                        <li key={r.id} className="font-mono">
                          {when(r.createdAt)} · {r.serviceCode} · {r.id} · {r.inquiry.answeredAt ? t('answered') : t('open')}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </Td>
              <Td className="font-mono">{k.prefix}…</Td>
              <Td>{t('perHour', { count: k.rateLimitPerHour })}</Td>
              <Td>{k.filed}</Td>
              <Td className="whitespace-nowrap">{when(k.lastUsedAt)}</Td>
              <Td>{k.revokedAt ? <Badge tone="red">{t('revokedAt', { at: when(k.revokedAt) })}</Badge> : <Badge tone="blue">{t('active')}</Badge>}</Td>
              <Td>{!k.revokedAt && <RevokeApiKeyButton id={k.id} name={k.name} />}</Td>
            </tr>
          )}
        </TableOrEmpty>
      </Card>
    </div>
  );
}
