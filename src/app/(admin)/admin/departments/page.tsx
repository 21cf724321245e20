import type { ReactNode } from 'react';
import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from '@/i18n/server';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { Table, Td } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/session';
import { listDepartmentsAndWindows } from '@/lib/catalog-admin/list-departments-and-windows';
import { DepartmentForm, WindowForm } from './forms';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('catalogAdmin.orgs');

export default async function DepartmentsPage({ searchParams }: { searchParams: Promise<{ department?: string; window?: string; saved?: string }> }) {
  const actor = await requirePageActor(['ADMIN'], '/admin/departments');
  const [t, sp, data] = await Promise.all([getTranslations('catalogAdmin.orgs'), searchParams, listDepartmentsAndWindows(actor)]);
  const editingDept = data.departments.find((d) => d.id === sp.department) ?? null;
  const editingWindow = data.windows.find((w) => w.id === sp.window) ?? null;
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      {sp.saved && <FormAlert tone="success">{t('saved')}</FormAlert>}

      <EditorCard
        editing={editingDept !== null}
        title={editingDept ? t('editDepartment', { name: editingDept.name }) : t('newDepartment')}
        newLabel={t('newDepartment')}
      >
        <DepartmentForm
          key={editingDept?.id ?? 'new'}
          initial={editingDept}
          regions={data.regions}
          departments={data.departments.map((d) => ({ code: d.code, name: `${d.regionName} ${d.name}` }))}
        />
      </EditorCard>
      <Table caption={t('departments')} head={[t('code'), t('name'), t('region'), t('upper'), t('users'), '']}>
        {data.departments.map((d) => (
          <tr key={d.id}>
            <Td className="whitespace-nowrap font-mono text-xs">{d.code}</Td>
            <Td>{d.name}</Td>
            <Td className="whitespace-nowrap">{d.regionName}</Td>
            <Td>{d.upperDepartmentName ?? '—'}</Td>
            <Td>{d.users}</Td>
            <Td>
              <TextLink href={`/admin/departments?department=${d.id}`} aria-label={t('editDepartment', { name: d.name })}>
                {t('edit')}
              </TextLink>
            </Td>
          </tr>
        ))}
      </Table>

      <EditorCard
        editing={editingWindow !== null}
        title={editingWindow ? t('editWindow', { name: editingWindow.name }) : t('newWindow')}
        newLabel={t('newWindow')}
      >
        <WindowForm key={editingWindow?.id ?? 'new'} initial={editingWindow} regions={data.regions} />
      </EditorCard>
      <Table caption={t('windows')} head={[t('code'), t('name'), t('kind'), t('region'), t('users'), '']}>
        {data.windows.map((w) => (
          <tr key={w.id}>
            <Td className="whitespace-nowrap font-mono text-xs">{w.code}</Td>
            <Td>{w.name}</Td>
            <Td>{t(`kinds.${w.kind}`)}</Td>
            <Td className="whitespace-nowrap">{w.regionName}</Td>
            <Td>{w.users}</Td>
            <Td>
              <TextLink href={`/admin/departments?window=${w.id}`} aria-label={t('editWindow', { name: w.name })}>
                {t('edit')}
              </TextLink>
            </Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}

/** The form of one kind: for a new one, or for the row whose edit link was followed, with a way back to a new one. */
function EditorCard({ editing, title, newLabel, children }: { editing: boolean; title: string; newLabel: string; children: ReactNode }) {
  return (
    <Card
      title={title}
      actions={
        editing && (
          <ButtonLink href="/admin/departments" variant="ghost">
            {newLabel}
          </ButtonLink>
        )
      }
    >
      {children}
    </Card>
  );
}
