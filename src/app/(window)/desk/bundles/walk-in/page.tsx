import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { Select } from '@/components/ui/field';
import { WINDOW_ROLES } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/session';
import { choiceFromQuery, knownChoice } from '@/lib/bundles/choice';
import { getBundleGuide } from '@/lib/bundles/get-bundle-guide';
import { listPublishedBundles } from '@/lib/bundles/list-published-bundles';
import { tailorBundle } from '@/lib/bundles/rules';
import { WalkInBundleForm } from './walk-in-bundle-form';
import { titleFrom } from '@/app/page-title';

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
  const names = new Map((usable?.members ?? []).map((m) => [m.code, m.name]));
  const view = (f: { key: string; label: string; kind: string; required: boolean; options?: string[] }) => ({
    key: f.key,
    label: f.label,
    kind: f.kind,
    required: f.required,
    options: f.options ?? [],
  });

  return (
    <div className="space-y-6">
      <Link href="/desk/walk-in" className="text-sm text-brand-700 underline">
        ← {t('bundleFlow.walkIn.backToItem')}
      </Link>
      <PageHeader title={t('bundleFlow.walkIn.title')} description={t('bundleFlow.walkIn.description')} />
      <Card title={t('bundleFlow.walkIn.step1')}>
        <form className="space-y-4">
          <div>
            <label htmlFor="code" className="mb-1 block text-sm font-medium text-slate-700">
              {t('bundleFlow.walkIn.bundle')}
            </label>
            <Select id="code" name="code" defaultValue={usable?.code ?? ''}>
              <option value="">{t('bundleFlow.walkIn.chooseBundle')}</option>
              {bundles.map((b) => (
                <option key={b.code} value={b.code}>
                  {b.name}
                </option>
              ))}
            </Select>
          </div>
          {usable && usable.situations.length > 0 && (
            <fieldset>
              <legend className="mb-1 text-sm font-medium text-slate-700">{t('bundles.choose')}</legend>
              <div className="flex flex-wrap gap-x-4 gap-y-2">
                {usable.situations.map((s) => (
                  <label key={s} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name="s" value={s} defaultChecked={choice.situations.includes(s)} className="h-4 w-4" />
                    {s}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          {usable && usable.members.some((m) => m.applicability === 'OPTIONAL') && (
            <fieldset>
              <legend className="mb-1 text-sm font-medium text-slate-700">{t('bundles.optionalMembers')}</legend>
              <div className="flex flex-wrap gap-x-4 gap-y-2">
                {usable.members
                  .filter((m) => m.applicability === 'OPTIONAL')
                  .map((m) => (
                    <label key={m.code} className="flex items-center gap-2 text-sm">
                      <input type="checkbox" name="o" value={m.code} defaultChecked={choice.optional.includes(m.code)} className="h-4 w-4" />
                      {m.name}
                    </label>
                  ))}
              </div>
            </fieldset>
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
          shared={tailored.form.shared.map((f) => ({ ...view(f), memberNames: f.memberCodes.map((c) => names.get(c) ?? c) }))}
          byMember={tailored.form.byMember.map((m) => ({ code: m.code, name: m.name, fields: m.fields.map(view) }))}
          materials={tailored.materials.map((m) => ({
            key: m.key,
            name: m.name,
            members: m.uses.map((u) => u.memberName),
            certificateType: m.certificateType,
          }))}
          fromMembers={tailored.fromMembers.map((f) => ({ key: f.key, name: f.name, producer: f.producer.name, members: f.uses.map((u) => u.memberName) }))}
        />
      )}
    </div>
  );
}
