import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { Td } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/session';
import { listBundlesAdmin } from '@/lib/bundles/list-bundles-admin';
import { titleFrom } from '@/app/page-title';
import { TableOrEmpty } from '@/components/layout/table-or-empty';

export const generateMetadata = titleFrom('bundles.admin');

export default async function AdminBundlesPage() {
  const actor = await requirePageActor(['ADMIN'], '/admin/bundles');
  const [t, bundles] = await Promise.all([getTranslations('bundles.admin'), listBundlesAdmin(actor)]);
  return (
    <div>
      <PageHeader title={t('title')} description={t('description')} actions={<ButtonLink href="/admin/bundles/new">{t('new')}</ButtonLink>} />
      <TableOrEmpty rows={bundles} empty={t('empty')} caption={t('title')} head={[t('name'), t('code'), t('lifeEvent'), t('membersCol'), t('state')]}>
        {(b) => (
          <tr key={b.id}>
            <Td>
              <Link href={`/admin/bundles/${b.id}`} className="font-medium text-brand-700 hover:underline">
                {b.name}
              </Link>
            </Td>
            <Td className="font-mono text-xs">{b.code}</Td>
            <Td>{b.lifeEvent}</Td>
            <Td>{b.memberCount}</Td>
            <Td>
              <span className="flex flex-wrap gap-1">
                {b.publishedVersion != null && <Badge tone="green">{t('published', { version: b.publishedVersion })}</Badge>}
                {b.hasDraft && <Badge tone="yellow">{t('draft')}</Badge>}
                {b.brokenMembers > 0 && <Badge tone="red">{t('broken', { count: b.brokenMembers })}</Badge>}
              </span>
            </Td>
          </tr>
        )}
      </TableOrEmpty>
    </div>
  );
}
