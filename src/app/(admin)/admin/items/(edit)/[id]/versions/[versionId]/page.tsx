import type { Metadata } from 'next';
import { getTranslations } from '@/i18n/server';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/field';
import { requirePageActor } from '@/lib/auth/session';
import { getVersionForEdit } from '@/lib/catalog-admin/get-version-for-edit';
import { versionActions } from '@/lib/catalog-admin/version-rules';
import { orNotFound } from '@/lib/page';
import { updateDraftAction } from '../../../../actions';
import { PublishForm } from '../../../../item-actions';
import { ItemForm } from '../../../../item-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('catalogAdmin.history'))('editDraft') };
}

export default async function VersionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; versionId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { id, versionId } = await params;
  const actor = await requirePageActor(['ADMIN'], `/admin/items/${id}/versions/${versionId}`);
  const [t, version, { saved }] = await Promise.all([getTranslations('catalogAdmin'), orNotFound(getVersionForEdit(actor, versionId)), searchParams]);
  const { edit: editable } = versionActions(version);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t(editable ? 'form.editTitle' : 'form.viewTitle', { name: version.document.name, version: version.version })}
        actions={
          <ButtonLink href={`/admin/items/${version.itemId}`} variant="secondary">
            {t('history.title')}
          </ButtonLink>
        }
      />
      {saved && <FormAlert tone="success">{t('form.saved')}</FormAlert>}
      {!editable && (
        <p className="rounded-md border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-800">
          {t('form.readonly', { status: t(`versionStatus.${version.status}`) })}
        </p>
      )}
      <ItemForm
        action={updateDraftAction.bind(null, version.id)}
        initial={version.document}
        departments={version.departments}
        submitLabel={t('form.save')}
        lockBasicCode
        readOnly={!editable}
      />
      {editable && (
        <Card title={t('form.publishTitle')}>
          <PublishForm versionId={version.id} />
        </Card>
      )}
    </div>
  );
}
