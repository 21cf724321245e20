import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { TextLink } from '@/components/ui/text-link';
import { getFormatter, getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { Table, Td } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/session';
import { getVersionHistory } from '@/lib/catalog-admin/get-version-history';
import { listDepartmentChoices } from '@/lib/catalog-admin/list-department-choices';
import { listSuccessorBundles } from '@/lib/catalog-admin/retire-into-bundle';
import { orNotFound } from '@/lib/page';
import { CancelItemForm, DelegateItemForm, NewDraftButton } from '../../item-actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('catalogAdmin.history'))('title') };
}

const versionTone = { DRAFT: 'yellow', PUBLISHED: 'green', RETIRED: 'gray' } as const;

export default async function ItemHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string; published?: string; merged?: string; split?: string }>;
}) {
  const { id } = await params;
  const actor = await requirePageActor(['ADMIN'], `/admin/items/${id}`);
  const sp = await searchParams;
  const [t, ts, format, history, departments, bundles] = await Promise.all([
    getTranslations('catalogAdmin'),
    getTranslations('succession'),
    getFormatter(),
    orNotFound(getVersionHistory(actor, { itemId: id, from: Number(sp.from) || undefined, to: Number(sp.to) || undefined })),
    listDepartmentChoices(actor),
    listSuccessorBundles(actor),
  ]);
  const label = (field: string) => (t.has(`form.${field}`) ? t(`form.${field}`) : field === 'departmentCodes' ? t('form.stageDepartments') : field);
  const show = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('history.empty');
    if (typeof value === 'boolean') return value ? t('history.yes') : t('history.no');
    if (Array.isArray(value)) return value.length ? value.map(show).join('；') : t('history.empty');
    if (typeof value === 'object')
      return Object.values(value as Record<string, unknown>)
        .map(show)
        .join(' · ');
    return String(value);
  };
  const draft = history.versions.find((v) => v.status === 'DRAFT');
  const published = history.versions.some((v) => v.status === 'PUBLISHED');
  // Landing here after a split: name every item the original became, not only this one.
  const splitFrom = sp.split ? history.predecessors.find((p) => p.kind === 'SPLIT') : undefined;
  const splitSiblings = splitFrom ? (await getVersionHistory(actor, { itemId: splitFrom.id })).successors : null;
  return (
    <div className="space-y-6">
      <PageHeader
        title={history.name}
        description={`${history.basicCode} · ${t(`itemStatus.${history.status}`)}`}
        actions={
          <ButtonLink href="/admin/items" variant="secondary">
            {t('title')}
          </ButtonLink>
        }
      />
      {sp.published && <FormAlert tone="success">{t('form.saved')}</FormAlert>}
      {sp.merged && <FormAlert tone="success">{ts('mergedDone')}</FormAlert>}
      {splitSiblings && (
        <FormAlert tone="success">
          {ts('splitDone')}
          {splitSiblings.map((p) => (
            <Link key={p.id} href={`/admin/items/${p.id}`} className="ml-3 underline">{`${p.name}（${p.basicCode}）`}</Link>
          ))}
        </FormAlert>
      )}
      {(history.successors.length > 0 || history.predecessors.length > 0) && (
        <Card>
          <dl className="space-y-2 text-sm">
            {(['MERGE', 'SPLIT'] as const).map((kind) => {
              const from = history.predecessors.filter((p) => p.kind === kind);
              const to = history.successors.filter((p) => p.kind === kind);
              return [
                [from, kind === 'MERGE' ? ts('mergedFrom') : ts('splitFrom')] as const,
                [to, kind === 'MERGE' ? ts('mergedInto') : ts('splitInto')] as const,
              ]
                .filter(([rows]) => rows.length > 0)
                .map(([rows, label]) => (
                  <div key={`${kind}-${label}`}>
                    <dt className="inline font-medium">{label}：</dt>
                    <dd className="inline">
                      {rows.map((p) => (
                        <Link key={p.id} href={`/admin/items/${p.id}`} className="mr-3 text-brand-700 underline">{`${p.name}（${p.basicCode}）`}</Link>
                      ))}
                    </dd>
                  </div>
                ));
            })}
          </dl>
        </Card>
      )}

      <Card
        title={t('history.title')}
        actions={
          history.status === 'ACTIVE' &&
          (draft ? (
            <ButtonLink href={`/admin/items/${history.id}/versions/${draft.id}`}>{t('history.editDraft')}</ButtonLink>
          ) : (
            <NewDraftButton itemId={history.id} label={t('history.newDraft')} />
          ))
        }
      >
        <Table
          caption={t('history.title')}
          head={[t('history.versionCol'), t('col.name'), t('col.status'), t('history.effectiveFrom'), t('history.createdAt'), t('history.applications')]}
        >
          {history.versions.map((v) => (
            <tr key={v.id}>
              <Td className="whitespace-nowrap">
                <TextLink href={`/admin/items/${history.id}/versions/${v.id}`}>{t('history.version', { version: v.version })}</TextLink>
              </Td>
              <Td>{v.name}</Td>
              <Td>
                <Badge tone={versionTone[v.status]}>{t(`versionStatus.${v.status}`)}</Badge>
              </Td>
              <Td className="whitespace-nowrap">{v.effectiveFrom ? format.dateTime(v.effectiveFrom, { dateStyle: 'medium' }) : '—'}</Td>
              <Td className="whitespace-nowrap">{format.dateTime(v.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</Td>
              <Td>{v.applications}</Td>
            </tr>
          ))}
        </Table>
      </Card>

      <Card title={t('history.compare')}>
        {history.versions.length < 2 ? (
          <p className="text-sm text-slate-600">{t('history.onlyOne')}</p>
        ) : (
          <>
            <form action={`/admin/items/${history.id}`} className="mb-4 flex flex-wrap items-end gap-3" noValidate>
              {(['from', 'to'] as const).map((k) => (
                <div key={k}>
                  <label htmlFor={`compare-${k}`} className="mb-1 block text-sm font-medium">
                    {t(`history.${k}`)}
                  </label>
                  <select
                    id={`compare-${k}`}
                    name={k}
                    defaultValue={String(history.compared?.[k] ?? '')}
                    className="min-h-10 rounded-md px-3 py-2 text-sm ring-1 ring-inset ring-slate-300"
                  >
                    {history.versions.map((v) => (
                      <option key={v.id} value={v.version}>
                        {t('history.version', { version: v.version })}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
              <Button type="submit" variant="secondary">
                {t('history.show')}
              </Button>
            </form>
            {history.compared && (
              <section aria-labelledby="changes-title">
                <h3 id="changes-title" className="mb-2 font-semibold">
                  {t('history.changes', { from: history.compared.from, to: history.compared.to })}
                </h3>
                {history.compared.changes.length === 0 ? (
                  <p className="text-sm text-slate-600">{t('history.noChanges')}</p>
                ) : (
                  <Table
                    caption={t('history.changes', { from: history.compared.from, to: history.compared.to })}
                    head={['', t('history.before'), t('history.after')]}
                  >
                    {history.compared.changes.map((c, i) => (
                      <tr key={i}>
                        {c.kind === 'field' ? (
                          <>
                            <Td className="whitespace-nowrap font-medium">{label(c.field)}</Td>
                            <Td className="text-red-800">
                              <del>{show(c.before)}</del>
                            </Td>
                            <Td className="text-emerald-800">
                              <ins className="no-underline">{show(c.after)}</ins>
                            </Td>
                          </>
                        ) : c.kind === 'changed' ? (
                          <>
                            <Td className="font-medium">{`${label(c.field)} · ${t('history.changed')}：${c.name}`}</Td>
                            <Td className="text-red-800">{c.changes.map((x) => `${label(x.field)}：${show(x.before)}`).join('；')}</Td>
                            <Td className="text-emerald-800">{c.changes.map((x) => `${label(x.field)}：${show(x.after)}`).join('；')}</Td>
                          </>
                        ) : (
                          <>
                            <Td className="font-medium">{`${label(c.field)} · ${t(`history.${c.kind}`)}`}</Td>
                            <Td className="text-red-800">{c.kind === 'removed' ? <del>{c.name}</del> : ''}</Td>
                            <Td className="text-emerald-800">{c.kind === 'added' ? c.name : ''}</Td>
                          </>
                        )}
                      </tr>
                    ))}
                  </Table>
                )}
              </section>
            )}
          </>
        )}
      </Card>

      {history.status === 'ACTIVE' && published && (
        <Card title={ts('title')}>
          <p className="mb-4 text-sm text-slate-600">{ts('hint')}</p>
          <div className="flex flex-wrap gap-3">
            <ButtonLink href={`/admin/items/${history.id}/merge`} variant="secondary">
              {ts('mergeLink')}
            </ButtonLink>
            <ButtonLink href={`/admin/items/${history.id}/split`} variant="secondary">
              {ts('splitLink')}
            </ButtonLink>
          </div>
        </Card>
      )}
      {history.status === 'ACTIVE' && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t('ops.delegate')}>
            <DelegateItemForm itemId={history.id} departments={departments} />
          </Card>
          <Card title={t('ops.cancel')}>
            <CancelItemForm itemId={history.id} bundles={bundles} />
          </Card>
        </div>
      )}
    </div>
  );
}
