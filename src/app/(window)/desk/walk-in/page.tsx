import { randomUUID } from 'node:crypto';
import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';
import { Card, PageHeader } from '@/components/ui/card';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { listWalkInItems } from '@/lib/intake/list-walk-in-items';
import { requiredMaterials } from '@/lib/catalog/required-materials';
import { ItemChooser } from './item-chooser';
import { WalkInForm } from './walk-in-form';
import { titleFrom } from '@/app/page-title';
import { BackLink } from '@/components/layout/back-link';
import { CheckboxChoices } from '@/components/catalog/checkbox-choices';
import { Field } from '@/components/ui/field';

type Props = { searchParams: Promise<{ code?: string; s?: string | string[] }> };

export const generateMetadata = titleFrom('intake.walkIn');

export default async function WalkInPage({ searchParams }: Props) {
  const { code, s } = await searchParams;
  const actor = await requirePageActor(WINDOW_ROLES, '/desk/walk-in');
  const [t, items, guide] = await Promise.all([getTranslations(), listWalkInItems(actor), code ? getServiceGuide(code) : null]);
  const chosen = guide ? (Array.isArray(s) ? s : s ? [s] : []).filter((id) => guide.situations.some((x) => x.id === id)) : [];
  const materials = guide ? requiredMaterials(guide.materials, chosen).map((m) => ({ id: m.id, name: m.name, certificateType: m.certificateType })) : [];

  return (
    <div className="space-y-6">
      <BackLink href="/desk">{t('desk.backToQueue')}</BackLink>
      <PageHeader title={t('intake.walkIn.title')} description={t('intake.walkIn.description')} />
      <p className="text-sm">
        <Link href="/desk/bundles/walk-in" className="text-brand-700 underline">
          {t('bundleFlow.walkIn.link')}
        </Link>
      </p>
      <Card title={t('intake.walkIn.step1')}>
        <form className="space-y-4" noValidate>
          <Field id="code" label={t('intake.walkIn.item')}>
            <ItemChooser
              items={items}
              defaultCode={guide?.code ?? ''}
              labels={{
                search: t('intake.walkIn.itemSearch'),
                placeholder: t('intake.walkIn.itemSearchPlaceholder'),
                choose: t('intake.walkIn.chooseItem'),
                matches: t('intake.walkIn.itemMatches', { count: '{count}' }),
                none: t('intake.walkIn.itemNone'),
              }}
            />
          </Field>
          {guide && guide.situations.length > 0 && (
            <CheckboxChoices inline legend={t('catalog.situations')} name="s" options={guide.situations} checked={chosen} />
          )}
          <button className="rounded-md px-3 py-1.5 text-sm text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">{t('intake.walkIn.showMaterials')}</button>
        </form>
      </Card>
      {guide && (
        <WalkInForm key={`${guide.id}-${chosen.join(',')}`} versionId={guide.id} submitKey={randomUUID()} situationIds={chosen} materials={materials} />
      )}
    </div>
  );
}
