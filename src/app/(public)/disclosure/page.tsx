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
        // One markup: a table on a wide screen, a card per result on a phone (Table cards).
        <Table
          cards
          caption={t('tableCaption')}
          head={[t('item'), t('applicant'), t('decision'), t('decidedAt'), t('issuingDepartment'), t('certificateNumber'), t('receiptNumber')]}
        >
          {data.results.map((r) => (
            <tr key={r.id}>
              <Td className="lead min-w-48 font-medium">{r.itemName}</Td>
              <Td className="min-w-40">
                {r.applicant}
                {r.creditCode && <span className="block font-mono text-xs text-slate-500">{t('creditCode', { code: r.creditCode })}</span>}
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
      )}
      <KeysetPager base={department ? `/disclosure?${new URLSearchParams({ department })}` : '/disclosure'} after={data.after} next={data.next} />
      <p className="text-xs text-slate-500">{t('privacy')}</p>
    </div>
  );
}
