import type { ReactNode } from 'react';
import Link from '@/components/ui/link';
import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from '@/i18n/server';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { KeysetPager } from '@/components/ui/keyset-pager';
import { Table, Td } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/session';
import { listDepartmentsAndWindows, orgListSchema } from '@/lib/catalog-admin/list-departments-and-windows';
import { DepartmentForm, WindowForm } from './forms';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('catalogAdmin.orgs');

const WINDOWS = '/admin/departments?list=windows';

/** Departments and windows, one list at a time (20 a page), each with its form for a new one or the one being edited. */
export default async function DepartmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(['ADMIN'], '/admin/departments');
  const sp = await searchParams;
  const query = orgListSchema.parse(sp);
  const [t, data] = await Promise.all([getTranslations('catalogAdmin.orgs'), listDepartmentsAndWindows(actor, query)]);
  const tabs = [
    { href: '/admin/departments', label: t('departments'), count: data.counts.departments, current: data.list === 'departments' },
    { href: WINDOWS, label: t('windows'), count: data.counts.windows, current: data.list === 'windows' },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      {sp.saved && <FormAlert tone="success">{t('saved')}</FormAlert>}
      <nav aria-label={t('title')} className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={tab.current ? 'page' : undefined}
            className={`rounded-md border px-3 py-1.5 text-sm ${tab.current ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50'}`}
          >
            {tab.label} <span className="text-xs">{tab.count}</span>
          </Link>
        ))}
      </nav>
      {data.list === 'departments' ? (
        <>
          <EditorCard
            home="/admin/departments"
            editing={data.editing !== null}
            title={data.editing ? t('editDepartment', { name: data.editing.name }) : t('newDepartment')}
            newLabel={t('newDepartment')}
          >
            <DepartmentForm key={data.editing?.id ?? 'new'} initial={data.editing} regions={data.regions} departments={data.upperOptions} />
          </EditorCard>
          <Table caption={t('departments')} head={[t('code'), t('name'), t('region'), t('upper'), t('users'), '']}>
            {data.rows.map((d) => (
              <tr key={d.id}>
                <Td className="whitespace-nowrap font-mono text-xs">{d.code}</Td>
                <Td>{d.name}</Td>
                <Td className="whitespace-nowrap">{d.regionName}</Td>
                <Td>{d.upperDepartmentName ?? '—'}</Td>
                <Td>{d.users}</Td>
                <Td>
                  <TextLink href={`/admin/departments?edit=${d.id}`} aria-label={t('editDepartment', { name: d.name })}>
                    {t('edit')}
                  </TextLink>
                </Td>
              </tr>
            ))}
          </Table>
          <KeysetPager base="/admin/departments" after={query.after} next={data.next} />
        </>
      ) : (
        <>
          <EditorCard
            home={WINDOWS}
            editing={data.editing !== null}
            title={data.editing ? t('editWindow', { name: data.editing.name }) : t('newWindow')}
            newLabel={t('newWindow')}
          >
            <WindowForm key={data.editing?.id ?? 'new'} initial={data.editing} regions={data.regions} />
          </EditorCard>
          <Table caption={t('windows')} head={[t('code'), t('name'), t('kind'), t('region'), t('users'), '']}>
            {data.rows.map((w) => (
              <tr key={w.id}>
                <Td className="whitespace-nowrap font-mono text-xs">{w.code}</Td>
                <Td>{w.name}</Td>
                <Td>{t(`kinds.${w.kind}`)}</Td>
                <Td className="whitespace-nowrap">{w.regionName}</Td>
                <Td>{w.users}</Td>
                <Td>
                  <TextLink href={`${WINDOWS}&edit=${w.id}`} aria-label={t('editWindow', { name: w.name })}>
                    {t('edit')}
                  </TextLink>
                </Td>
              </tr>
            ))}
          </Table>
          <KeysetPager base={WINDOWS} after={query.after} next={data.next} />
        </>
      )}
    </div>
  );
}

/** The form of one kind: for a new one, or for the row whose edit link was followed, with a way back to a new one. */
function EditorCard({ home, editing, title, newLabel, children }: { home: string; editing: boolean; title: string; newLabel: string; children: ReactNode }) {
  return (
    <Card
      title={title}
      actions={
        editing && (
          <ButtonLink href={home} variant="ghost">
            {newLabel}
          </ButtonLink>
        )
      }
    >
      {children}
    </Card>
  );
}
