import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { limitText } from '@/components/catalog/labels';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { choiceFromQuery, knownChoice } from '@/lib/bundles/choice';
import { getBundleGuide } from '@/lib/bundles/get-bundle-guide';
import { tailorBundle } from '@/lib/bundles/rules';
import { listHeldCertificates } from '@/lib/library/list-held-certificates';
import { BundleApplyForm } from './bundle-apply-form';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('bundles.apply'))('title') };
}

export default async function BundleApplyPage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor(['APPLICANT'], `/me/bundles/apply/${encodeURIComponent(code)}`);
  const guide = await getBundleGuide(code);
  if (!guide || guide.incomplete) notFound();
  const t = await getTranslations();
  const choice = knownChoice(guide, choiceFromQuery(query));
  const tailored = tailorBundle(guide.members, choice);
  const held = new Set((await listHeldCertificates(actor)).map((c) => c.type));
  const names = new Map(guide.members.map((m) => [m.code, m.name]));
  const view = (f: { key: string; label: string; kind: string; required: boolean; options?: string[] }) => ({ key: f.key, label: f.label, kind: f.kind, required: f.required, options: f.options ?? [] });
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('bundles.apply.heading', { name: guide.name })}
        description={t('bundles.apply.description', { members: tailored.members.map((m) => m.name).join('、'), limit: limitText(t, guide.promisedLimitDays) })}
      />
      <BundleApplyForm
        bundleCode={guide.code}
        submitKey={randomUUID()}
        situations={choice.situations}
        optional={choice.optional}
        contactName={actor.name}
        shared={tailored.form.shared.map((f) => ({ ...view(f), memberNames: f.memberCodes.map((c) => names.get(c) ?? c) }))}
        byMember={tailored.form.byMember.map((m) => ({ code: m.code, name: m.name, fields: m.fields.map(view) }))}
        materials={tailored.materials.map((m) => ({
          key: m.key,
          name: m.name,
          form: m.form,
          members: m.uses.map((u) => u.memberName),
          fromCertificate: m.certificateType && held.has(m.certificateType) ? m.certificateType : null,
        }))}
      />
    </div>
  );
}
