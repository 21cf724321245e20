import { ItemFaq } from '@/components/inquiries/item-faq';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from '@/i18n/server';
import type { ReactNode } from 'react';
import { limitText } from '@/components/catalog/labels';
import { RetiredItemNotice } from '@/components/catalog/retired-item-notice';
import { Badge } from '@/components/ui/badge';
import { KeyFacts } from '@/components/ui/fact';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { getRetiredItem } from '@/lib/catalog/get-retired-item';
import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { canApplyOnline } from '@/lib/catalog/online-application';
import { checklistMaterials } from '@/lib/catalog/required-materials';
import { PrintButton } from './print-button';
import { deliveryMethodsOf } from '@/lib/results/delivery-options';
import { CheckboxChoices } from '@/components/catalog/checkbox-choices';
import { MaterialChecklist } from '@/components/catalog/material-checklist';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ s?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const guide = await getServiceGuide(code);
  return { title: guide?.name ?? (await getRetiredItem(code))?.name ?? '404' };
}

function Bullets({ items }: { items: string[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  );
}

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-100 py-2.5 sm:grid-cols-[10rem_1fr]">
      <dt className="text-sm font-medium text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export default async function GuidePage({ params, searchParams }: Props) {
  const [{ code }, { s }] = await Promise.all([params, searchParams]);
  const guide = await getServiceGuide(code);
  if (!guide) {
    const retired = await getRetiredItem(code);
    if (!retired) notFound();
    return <RetiredItemNotice item={retired} />;
  }
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const chosen = (Array.isArray(s) ? s : s ? [s] : []).filter((id) => guide.situations.some((x) => x.id === id));
  const materials = checklistMaterials(guide.materials, chosen);
  const situationQuery = chosen.length ? `?${chosen.map((id) => `s=${encodeURIComponent(id)}`).join('&')}` : '';
  const applyHref = `/me/apply/${guide.code}${situationQuery}`;
  const chosenNames = guide.situations.filter((x) => chosen.includes(x.id)).map((x) => x.name);

  return (
    <article className="space-y-6 print:space-y-3">
      {/* Printed instead of the page header: the checklist as a sheet to take to the window. */}
      <header className="hidden border-b-2 border-slate-900 pb-3 text-center print:block">
        <p className="text-sm">{t('site.center')}</p>
        <p className="mt-1 text-xl font-bold">{t('catalogPublic.checklist.title')}</p>
        <p className="mt-1 text-base">{guide.name}</p>
        <p className="mt-2 flex flex-wrap justify-between gap-x-4 text-xs">
          <span>{t('catalogPublic.checklist.itemCode', { code: guide.code })}</span>
          <span>{guide.department}</span>
          <span>{t('catalogPublic.checklist.printedOn', { date: new Date() })}</span>
        </p>
        <p className="mt-1 text-left text-xs">
          {chosenNames.length ? t('catalogPublic.checklist.chosen', { situations: chosenNames.join('、') }) : t('catalogPublic.checklist.noneChosen')}
        </p>
      </header>
      <header className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm print:hidden">
        <div className="flex flex-wrap gap-1.5">
          <Badge tone="blue">{t(`itemType.${guide.type}`)}</Badge>
          <Badge>{t(`handlingClass.${guide.handlingClass}`)}</Badge>
          <Badge>{t(`level.${guide.level}`)}</Badge>
          <Badge tone={canApplyOnline(guide) ? 'green' : 'gray'}>{t(`onlineDepth.${guide.onlineDepth}`)}</Badge>
        </div>
        <h1 className="mt-3 text-2xl font-bold">{guide.name}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {guide.department} · {t('catalog.code')} {guide.code}
        </p>
        <KeyFacts
          items={[
            [t('catalog.promisedLimit'), limitText(t, guide.promisedLimitDays)],
            [t('catalog.statutoryLimit'), limitText(t, guide.statutoryLimitDays)],
            [t('catalog.fee'), guide.fee],
            [t('catalog.result'), guide.resultName],
          ]}
        />
        <div className="no-print mt-5 flex flex-wrap gap-3">
          {canApplyOnline(guide) && <ButtonLink href={applyHref}>{t('catalog.applyOnline')}</ButtonLink>}
        </div>
      </header>

      {guide.situations.length > 0 && (
        <Card title={t('catalog.situations')} className="no-print">
          <form className="space-y-3" noValidate>
            <p className="text-sm text-slate-600">{t('catalog.situationsHint')}</p>
            <CheckboxChoices hideLegend legend={t('catalog.situations')} name="s" options={guide.situations} checked={chosen} />
            <button className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">{t('catalog.tailor')}</button>
          </form>
        </Card>
      )}

      <Card title={t('catalog.materials', { count: materials.length })} className="print:border-0 print:shadow-none">
        <div className="no-print mb-4 flex flex-wrap gap-3">
          <PrintButton label={t('catalogPublic.checklist.print')} />
          <a
            href={`/services/${encodeURIComponent(guide.code)}/checklist.pdf${situationQuery}`}
            className="inline-flex min-h-10 items-center rounded-md px-4 text-sm font-medium text-brand-800 ring-1 ring-brand-300 hover:bg-brand-50"
          >
            {t('catalogPublic.checklist.pdf')}
          </a>
        </div>
        <MaterialChecklist
          materials={materials.map((m) => ({
            ...m,
            key: m.id,
            qualifier: m.ifApplicable ? ` · ${t('catalog.ifApplicable')}` : m.required ? undefined : ` · ${t('catalog.conditional')}`,
          }))}
        />
      </Card>

      <p className="hidden text-xs print:block">
        {t('catalogPublic.checklist.footer', { name: guide.name, version: guide.version, phone: guide.contactPhone })}
      </p>

      <Card title={t('catalog.details')} className="print:hidden">
        <dl>
          <Row label={t('catalog.legalBasis')}>
            <Bullets items={guide.legalBasis} />
          </Row>
          <Row label={t('catalog.acceptConditions')}>
            <Bullets items={guide.acceptConditions} />
          </Row>
          <Row label={t('catalog.process')}>
            <ol className="list-decimal space-y-1 pl-5">
              {guide.steps.map((step) => (
                <li key={step.name}>
                  {step.limitDays === null ? step.name : t('punctuation.aside', { text: step.name, aside: limitText(t, step.limitDays) })}
                </li>
              ))}
            </ol>
          </Row>
          {guide.stages.length > 0 && (
            <Row label={t('catalog.route')}>
              <ol className="space-y-1">
                {guide.stages.map((stage, i) => (
                  <li key={stage.name}>
                    {i + 1}.{' '}
                    {t('punctuation.aside', {
                      text: stage.name,
                      aside: t('punctuation.then', { first: format.list(stage.departments, { style: 'narrow' }), second: limitText(t, stage.limitDays) }),
                    })}
                  </li>
                ))}
              </ol>
            </Row>
          )}
          {guide.coHandling.length > 0 && <Row label={t('catalog.coHandling')}>{guide.coHandling.join('、')}</Row>}
          <Row label={t('catalog.implementationCode')}>{guide.implementationCode}</Row>
          {guide.feeBasis && <Row label={t('catalog.feeBasis')}>{guide.feeBasis}</Row>}
          <Row label={t('catalog.resultType')}>{t('punctuation.aside', { text: guide.resultName, aside: t(`catalog.resultTypes.${guide.resultType}`) })}</Row>
          <Row label={t('catalog.options')}>
            {[guide.appointment && t('catalog.appointmentOk'), guide.onlinePayment && t('catalog.onlinePaymentOk')].filter(Boolean).join('、') ||
              t('catalog.noOptions')}
          </Row>
          <Row label={t('catalog.delivery')}>
            {deliveryMethodsOf(guide)
              .map((m) => t(m === 'WINDOW' ? 'catalog.atWindow' : m === 'POST' ? 'catalog.byPost' : 'catalog.electronic'))
              .join('、')}
          </Row>
          <Row label={t('catalog.contact')}>
            {t('catalog.contactPhone')} {guide.contactPhone} · {t('catalog.complaintPhone')} {guide.complaintPhone}
          </Row>
          <Row label={t('catalog.version')}>
            v{guide.version}
            {guide.effectiveFrom && ` · ${t('catalog.effectiveFrom', { date: guide.effectiveFrom })}`}
          </Row>
        </dl>
      </Card>
      <ItemFaq code={guide.code} />
    </article>
  );
}
