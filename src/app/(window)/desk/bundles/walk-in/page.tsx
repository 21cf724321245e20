import { randomUUID } from 'node:crypto';
import { getTranslations } from '@/i18n/server';
import { Card, PageHeader } from '@/components/ui/card';
import { Field, Select } from '@/components/ui/field';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { choiceFromQuery, knownChoice } from '@/lib/bundles/choice';
import { getBundleGuide } from '@/lib/bundles/get-bundle-guide';
import { listPublishedBundles } from '@/lib/bundles/list-published-bundles';
import { memberNames, tailorBundle } from '@/lib/bundles/rules';
import { WalkInBundleForm } from './walk-in-bundle-form';
import { titleFrom } from '@/app/page-title';
import { BackLink } from '@/components/layout/back-link';
import { CheckboxChoices } from '@/components/catalog/checkbox-choices';
import { bundleFormView } from '@/components/bundles/bundle-form-view';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleFrom('bundleFlow.walkIn');

/** 一窗受理 of a bundle for a person at the counter: choose the bundle and the situations, then one form and each material once. */
export default async function WalkInBundlePage({ searchParams }: Props) {
  const query = await searchParams;
  await requirePageActor(WINDOW_ROLES, '/desk/bundles/walk-in');
  const code = typeof query.code === 'string' ? query.code : '';
  const [t, bundles, guide] = await Promise.all([getTranslations(), listPublishedBundles(), code ? getBundleGuide(code) : null]);
  const usable = guide && !guide.incomplete ? guide : null;
  const choice = usable ? knownChoice(usable, choiceFromQuery(query)) : { situations: [], optional: [] };
  const tailored = usable ? tailorBundle(usable.members, choice) : null;

  return (
    <div className="space-y-6">
      <BackLink href="/desk/walk-in">{t('bundleFlow.walkIn.backToItem')}</BackLink>
      <PageHeader title={t('bundleFlow.walkIn.title')} description={t('bundleFlow.walkIn.description')} />
      <Card title={t('bundleFlow.walkIn.step1')}>
        <form className="space-y-4" noValidate>
          <Field id="code" label={t('bundleFlow.walkIn.bundle')}>
            <Select id="code" name="code" defaultValue={usable?.code ?? ''}>
              <option value="">{t('bundleFlow.walkIn.chooseBundle')}</option>
              {bundles.map((b) => (
                <option key={b.code} value={b.code}>
                  {b.name}
                </option>
              ))}
            </Select>
          </Field>
          {usable && usable.situations.length > 0 && (
            <CheckboxChoices
              inline
              legend={t('bundles.choose')}
              name="s"
              options={usable.situations.map((s) => ({ id: s, name: s }))}
              checked={choice.situations}
            />
          )}
          {usable && usable.members.some((m) => m.applicability === 'OPTIONAL') && (
            <CheckboxChoices
              inline
              legend={t('bundles.optionalMembers')}
              name="o"
              options={usable.members.filter((m) => m.applicability === 'OPTIONAL').map((m) => ({ id: m.code, name: m.name }))}
              checked={choice.optional}
            />
          )}
          <button className="rounded-md px-3 py-1.5 text-sm text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">{t('bundleFlow.walkIn.show')}</button>
        </form>
        {code && !usable && <p className="mt-3 text-sm text-seal-700">{t('bundleFlow.walkIn.notAvailable')}</p>}
      </Card>
      {usable && tailored && (
        <WalkInBundleForm
          key={`${usable.code}|${choice.situations.join(',')}|${choice.optional.join(',')}`}
          bundleCode={usable.code}
          submitKey={randomUUID()}
          situations={choice.situations}
          optional={choice.optional}
          members={tailored.members.map((m) => m.name)}
          {...bundleFormView(tailored.form, usable.members)}
          materials={tailored.materials.map((m) => ({
            key: m.key,
            name: m.name,
            members: memberNames(m.uses),
            certificateType: m.certificateType,
          }))}
          fromMembers={tailored.fromMembers.map((f) => ({ key: f.key, name: f.name, producer: f.producer.name, members: f.uses.map((u) => u.memberName) }))}
        />
      )}
    </div>
  );
}
