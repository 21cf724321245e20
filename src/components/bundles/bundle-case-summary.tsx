import { getTranslations } from '@/i18n/server';
import { limitText } from '@/components/catalog/labels';
import { StatusBadge } from '@/components/applications/status-badge';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { BundleCaseView } from '@/lib/bundles/get-bundle-case';
import { LinkCell, Table, Td } from '@/components/ui/table';

const TONE = { SUBMITTED: 'blue', CORRECTION_REQUIRED: 'yellow', IN_PROGRESS: 'blue', CONCLUDED: 'green', DELIVERED: 'green', REJECTED: 'red' } as const;

/** A bundle case: its number, state and limits, every member with its sub-number, department, state and result. */
export async function BundleCaseSummary({ bundleCase: c, memberHref }: { bundleCase: BundleCaseView; memberHref?: (id: string) => string | null }) {
  const t = await getTranslations();
  const names = new Map(c.members.map((m) => [m.code, m.name]));
  return (
    <div className="space-y-6">
      <Card>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="green">{t('bundles.badge')}</Badge>
          <Badge tone={TONE[c.status]}>{t(`bundles.status.${c.status}`)}</Badge>
        </div>
        <dl className="mt-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-500">{t('bundles.receipt')}</dt>
            <dd className="font-mono font-semibold">{c.receiptNumber ?? t('bundles.notYet')}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t('bundles.applicant')}</dt>
            <dd>{c.applicantName}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t('bundles.promised')}</dt>
            <dd>
              {limitText(t, c.promisedLimitDays)}
              {c.promisedDueAt && <span className="block text-xs text-slate-500">{t('bundles.dueAt', { date: c.promisedDueAt })}</span>}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{t('bundles.memberSum')}</dt>
            <dd>{limitText(t, c.memberPromisedSum)}</dd>
          </div>
        </dl>
        {c.situations.length > 0 && (
          <p className="mt-3 text-sm text-slate-600">{t('catalogPublic.checklist.chosen', { situations: c.situations.join('、') })}</p>
        )}
      </Card>
      <Card title={t('bundles.members', { count: c.members.length })}>
        <Table
          cards
          caption={t('bundles.members', { count: c.members.length })}
          head={[t('bundles.item'), t('bundles.subNumber'), t('catalog.department'), t('bundles.state'), t('bundles.result')]}
        >
          {c.members.map((m) => {
            const href = memberHref?.(m.id);
            const after = m.dependsOn.length > 0 ? t('bundles.after', { items: m.dependsOn.map((d) => names.get(d) ?? d).join('、') }) : undefined;
            return (
              <tr key={m.id}>
                {href ? (
                  <LinkCell href={href} title={m.name} detail={after} />
                ) : (
                  <Td className="lead">
                    {m.name}
                    {after && <span className="row-detail">{after}</span>}
                  </Td>
                )}
                <Td className="font-mono text-xs">
                  {m.receiptNumber ?? (c.status === 'IN_PROGRESS' && m.status === 'SUBMITTED' ? t('bundles.waiting') : '—')}
                </Td>
                <Td>{m.department}</Td>
                <Td>
                  <StatusBadge status={m.status} decision={m.decision} />
                </Td>
                <Td>
                  {m.certificates.map((cert) => (
                    <span key={cert.id} className="block">
                      {cert.type} {cert.number}
                    </span>
                  ))}
                  {m.collectedEarly && <span className="block text-xs text-emerald-700">{t('bundleFlow.early.collectedEarly')}</span>}
                  {m.decision === 'DENIED' && m.decisionReason}
                  {m.closedReason}
                </Td>
              </tr>
            );
          })}
        </Table>
      </Card>
    </div>
  );
}
