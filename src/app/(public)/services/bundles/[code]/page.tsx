import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from '@/i18n/server';
import { LinkCell, Table, Td } from '@/components/ui/table';
import { limitText } from '@/components/catalog/labels';
import { Badge } from '@/components/ui/badge';
import { KeyFacts } from '@/components/ui/fact';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { choiceFromQuery, knownChoice, choiceQuery } from '@/lib/bundles/choice';
import { getBundleGuide } from '@/lib/bundles/get-bundle-guide';
import { memberNames, tailorBundle } from '@/lib/bundles/rules';
import { PrintButton } from '../../[code]/print-button';
import { CheckboxChoices } from '@/components/catalog/checkbox-choices';
import { MaterialChecklist } from '@/components/catalog/material-checklist';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await getBundleGuide((await params).code);
  return { title: guide?.name ?? '404' };
}

/** 一次告知: the bundle's guide tailored to the situations and optional members chosen. */
export default async function BundleGuidePage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const guide = await getBundleGuide(code);
  if (!guide) notFound();
  const t = await getTranslations();
  const choice = knownChoice(guide, choiceFromQuery(query));
  const tailored = tailorBundle(guide.members, choice);
  const q = choiceQuery(choice);
  const names = new Map(guide.members.map((m) => [m.code, m.name]));
  const optional = guide.members.filter((m) => m.applicability === 'OPTIONAL');

  return (
    <article className="space-y-6 print:space-y-3">
      <header className="hidden border-b-2 border-slate-900 pb-3 text-center print:block">
        <p className="text-sm">{t('site.center')}</p>
        <p className="mt-1 text-xl font-bold">{t('catalogPublic.checklist.title')}</p>
        <p className="mt-1 text-base">{guide.name}</p>
        <p className="mt-1 text-left text-xs">
          {choice.situations.length
            ? t('catalogPublic.checklist.chosen', { situations: choice.situations.join('、') })
            : t('catalogPublic.checklist.noneChosen')}
        </p>
      </header>
      <header className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm print:hidden">
        <div className="flex flex-wrap gap-1.5">
          <Badge tone="green">{t('bundles.badge')}</Badge>
          <Badge tone="blue">{guide.lifeEvent}</Badge>
        </div>
        <h1 className="mt-3 text-2xl font-bold">{guide.name}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {t('punctuation.labelled', { label: t('bundles.lead'), value: guide.leadDepartment })} · {t('catalog.code')} {guide.code}
        </p>
        {guide.description && <p className="mt-3 text-sm text-slate-700">{guide.description}</p>}
        <KeyFacts
          items={[
            [t('bundles.promised'), limitText(t, guide.promisedLimitDays)],
            [t('bundles.memberSum'), limitText(t, tailored.memberPromisedSum)],
            [t('bundles.memberCount'), String(tailored.members.length)],
            [t('bundles.materialCount'), t('bundles.materialsSaved', { count: tailored.materials.length, total: tailored.materialsAddedUp })],
          ]}
        />
        <div className="no-print mt-5 flex flex-wrap gap-3">
          <ButtonLink href={`/me/bundles/apply/${encodeURIComponent(guide.code)}${q}`}>{t('bundles.applyOnline')}</ButtonLink>
        </div>
      </header>

      {(guide.situations.length > 0 || optional.length > 0) && (
        <Card title={t('bundles.choose')} className="no-print">
          <form className="space-y-4" noValidate>
            {guide.situations.length > 0 && (
              <CheckboxChoices
                legend={t('catalog.situations')}
                name="s"
                options={guide.situations.map((s) => ({ id: s, name: s }))}
                checked={choice.situations}
              />
            )}
            {optional.length > 0 && (
              <CheckboxChoices
                legend={t('bundles.optionalMembers')}
                name="o"
                options={optional.map((m) => ({ id: m.code, name: m.name }))}
                checked={choice.optional}
              />
            )}
            <button className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">{t('catalog.tailor')}</button>
          </form>
        </Card>
      )}

      <Card title={t('bundles.members', { count: tailored.members.length })} className="print:hidden">
        <Table
          cards
          caption={t('bundles.members', { count: tailored.members.length })}
          head={[t('bundles.item'), t('catalog.department'), t('catalog.fee'), t('catalog.promisedLimit'), t('bundles.order')]}
        >
          {tailored.members.map((m) => (
            <tr key={m.code}>
              <LinkCell
                href={`/services/${encodeURIComponent(m.code)}`}
                title={m.name}
                detail={m.applicability === 'ALWAYS' ? undefined : m.applicability === 'OPTIONAL' ? t('bundles.optional') : m.situations.join('、')}
              />
              <Td>{m.department}</Td>
              <Td>{m.fee}</Td>
              <Td>{limitText(t, m.promisedLimitDays)}</Td>
              <Td>{m.dependsOn.length ? t('bundles.after', { items: m.dependsOn.map((d) => names.get(d) ?? d).join('、') }) : t('bundles.parallel')}</Td>
            </tr>
          ))}
        </Table>
      </Card>

      <Card title={t('bundles.materials', { count: tailored.materials.length })} className="print:border-0 print:shadow-none">
        <p className="mb-3 text-sm text-slate-600">{t('bundles.materialsHint', { count: tailored.materials.length, total: tailored.materialsAddedUp })}</p>
        <div className="no-print mb-4 flex flex-wrap gap-3">
          <PrintButton label={t('catalogPublic.checklist.print')} />
          <a
            href={`/services/bundles/${encodeURIComponent(guide.code)}/checklist.pdf${q}`}
            className="inline-flex min-h-10 items-center rounded-md px-4 text-sm font-medium text-brand-800 ring-1 ring-brand-300 hover:bg-brand-50"
          >
            {t('catalogPublic.checklist.pdf')}
          </a>
        </div>
        <MaterialChecklist materials={tailored.materials.map((m) => ({ ...m, note: t('bundles.usedBy', { items: memberNames(m.uses).join('、') }) }))} />
        {tailored.fromMembers.length > 0 && (
          <div className="mt-4 border-t border-slate-100 pt-3">
            <h3 className="text-sm font-semibold">{t('bundleFlow.fromMembers', { count: tailored.fromMembers.length })}</h3>
            <ul className="mt-2 space-y-1 text-sm">
              {tailored.fromMembers.map((f) => (
                <li key={`${f.key}|${f.producer.code}`}>
                  <span className="font-medium">{f.name}</span>
                  <span className="ml-2 text-emerald-700">{t('bundleFlow.fromMember', { producer: f.producer.name })}</span>
                  <span className="ml-2 text-slate-500">{t('bundles.usedBy', { items: memberNames(f.uses).join('、') })}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Card>
    </article>
  );
}
