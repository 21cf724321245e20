import { getFormatter, getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Field, Options, Select } from '@/components/ui/field';
import { KeysetPager } from '@/components/ui/keyset-pager';
import { Table, Td } from '@/components/ui/table';
import { listDisclosedResults } from '@/lib/results/list-disclosed-results';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('disclosure');

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Public (no sign-in): 双公示 of decided results, personal data masked in the domain query. */
export default async function DisclosurePage({ searchParams }: Props) {
  const sp = await searchParams;
  const [t, format, data] = await Promise.all([
    getTranslations('disclosure'),
    getFormatter(),
    listDisclosedResults({ department: sp.department, after: sp.after }),
  ]);
  const department = data.departments.find((d) => d.id === sp.department)?.id ?? '';
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <form
        method="get"
        action="/disclosure"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm"
        noValidate
      >
        <div className="w-full sm:w-96">
          <Field id="disclosure-department" label={t('department')}>
            <Select id="disclosure-department" name="department" defaultValue={department}>
              <option value="">{t('allDepartments')}</option>
              <Options items={data.departments.map((d) => ({ value: d.id, label: d.name }))} />
            </Select>
          </Field>
        </div>
        <Button type="submit">{t('filter')}</Button>
      </form>
      {data.results.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <>
          {/* A phone gets one card per result instead of a seven-column table scrolled sideways. */}
          <ul className="space-y-3 sm:hidden">
            {data.results.map((r) => (
              <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
                <div className="flex items-start justify-between gap-3">
                  <p className="font-medium text-slate-900">{r.itemName}</p>
                  <Badge tone={r.decision === 'APPROVED' ? 'green' : 'red'}>{t(`decisions.${r.decision}`)}</Badge>
                </div>
                <dl className="mt-2 grid grid-cols-[6.5rem_1fr] gap-x-3 gap-y-1 text-slate-700">
                  <dt className="text-slate-500">{t('applicant')}</dt>
                  <dd>{r.applicant}</dd>
                  {r.creditCode && (
                    <>
                      <dt className="text-slate-500">{t('creditCode')}</dt>
                      <dd className="break-all font-mono text-xs">{r.creditCode}</dd>
                    </>
                  )}
                  <dt className="text-slate-500">{t('decidedAt')}</dt>
                  <dd>{format.dateTime(r.decidedAt, { dateStyle: 'medium' })}</dd>
                  <dt className="text-slate-500">{t('issuingDepartment')}</dt>
                  <dd>{r.department}</dd>
                  <dt className="text-slate-500">{t('certificateNumber')}</dt>
                  <dd className="break-all font-mono text-xs">{r.certificateNumber ?? '—'}</dd>
                  <dt className="text-slate-500">{t('receiptNumber')}</dt>
                  <dd className="break-all font-mono text-xs">{r.receiptNumber ?? '—'}</dd>
                </dl>
              </li>
            ))}
          </ul>
          <div className="hidden sm:block">
            <Table
              caption={t('tableCaption')}
              head={[t('item'), t('applicant'), t('decision'), t('decidedAt'), t('issuingDepartment'), t('certificateNumber'), t('receiptNumber')]}
            >
              {data.results.map((r) => (
                <tr key={r.id}>
                  <Td className="min-w-48 font-medium">{r.itemName}</Td>
                  <Td className="min-w-40">
                    {r.applicant}
                    {r.creditCode && (
                      <span className="block font-mono text-xs text-slate-500">
                        {t('creditCode')}：{r.creditCode}
                      </span>
                    )}
                  </Td>
                  <Td>
                    <Badge tone={r.decision === 'APPROVED' ? 'green' : 'red'}>{t(`decisions.${r.decision}`)}</Badge>
                  </Td>
                  <Td className="whitespace-nowrap">{format.dateTime(r.decidedAt, { dateStyle: 'medium' })}</Td>
                  <Td className="min-w-40">{r.department}</Td>
                  <Td className="whitespace-nowrap font-mono text-xs">{r.certificateNumber ?? '—'}</Td>
                  <Td className="whitespace-nowrap font-mono text-xs">{r.receiptNumber ?? '—'}</Td>
                </tr>
              ))}
            </Table>
          </div>
        </>
      )}
      <KeysetPager base={department ? `/disclosure?${new URLSearchParams({ department })}` : '/disclosure'} after={data.after} next={data.next} />
      <p className="text-xs text-slate-500">{t('privacy')}</p>
    </div>
  );
}
