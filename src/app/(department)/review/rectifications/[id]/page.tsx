import { notFound } from 'next/navigation';
import { getTranslations } from '@/i18n/server';
import { RectificationPage } from '@/components/evaluation/rectification-summary';
import { ButtonLink } from '@/components/ui/button';
import { DEPARTMENT_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { getRectificationRow } from '@/lib/evaluation/list-rectifications';
import { rectificationActions } from '@/lib/evaluation/rectification-rules';
import { RectificationForm } from './rectification-form';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('ratings', 'rectificationTitle');

export default async function DepartmentRectificationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(DEPARTMENT_ROLES, `/review/rectifications/${id}`);
  const [t, row] = await Promise.all([getTranslations('ratings'), getRectificationRow(actor, id)]);
  if (!row) notFound();
  const may = rectificationActions(row);
  return (
    <RectificationPage
      row={row}
      links={
        <ButtonLink href="/review/rectifications" variant="secondary">
          {t('backToRectifications')}
        </ButtonLink>
      }
    >
      {may.open && <RectificationForm rectificationId={row.id} canStart={may.start} />}
    </RectificationPage>
  );
}
