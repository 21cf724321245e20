import { randomUUID } from 'node:crypto';
import { notFound } from 'next/navigation';
import { getTranslations } from '@/i18n/server';
import { limitText } from '@/components/catalog/labels';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { findBundleFormDraft, getBundleFormDraft } from '@/lib/bundles/get-bundle-form-draft';
import { choiceFromQuery, knownChoice } from '@/lib/bundles/choice';
import { getBundleGuide } from '@/lib/bundles/get-bundle-guide';
import { memberNames, tailorBundle } from '@/lib/bundles/rules';
import { AppError } from '@/lib/errors';
import { listMaterialLibrary } from '@/lib/files/list-material-library';
import { listHeldCertificates } from '@/lib/library/list-held-certificates';
import { BundleApplyForm } from './bundle-apply-form';
import { titleFrom } from '@/app/page-title';
import { bundleFormView } from '@/components/bundles/bundle-form-view';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleFrom('bundles.apply');

export default async function BundleApplyPage({ params, searchParams }: Props) {
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor(['APPLICANT'], `/me/bundles/apply/${encodeURIComponent(code)}`);
  const guide = await getBundleGuide(code);
  if (!guide || guide.incomplete) notFound();
  const t = await getTranslations();
  // The applicant's draft of this bundle resumes: the one named, or else the latest.
  const draftId = typeof query.draft === 'string' ? query.draft : null;
  const draft = await (draftId ? getBundleFormDraft(actor, draftId) : findBundleFormDraft(actor, guide.code)).catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
    throw e;
  });
  const asked = choiceFromQuery(query);
  const usable = draft && draft.bundleCode === guide.code ? draft : null;
  const choice = knownChoice(guide, asked.situations.length + asked.optional.length === 0 && usable ? usable : asked);
  const tailored = tailorBundle(guide.members, choice);
  const [held, library] = await Promise.all([
    listHeldCertificates(actor).then((list) => new Set(list.map((c) => c.type))),
    listMaterialLibrary(
      actor,
      tailored.materials.flatMap((m) => m.uses.map((u) => u.requirement.id)),
    ),
  ]);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('bundles.apply.heading', { name: guide.name })}
        description={t('bundles.apply.description', { members: tailored.members.map((m) => m.name).join('、'), limit: limitText(t, guide.promisedLimitDays) })}
      />
      <BundleApplyForm
        key={`${choice.situations.join(',')}|${choice.optional.join(',')}`}
        bundleCode={guide.code}
        submitKey={randomUUID()}
        situations={choice.situations}
        optional={choice.optional}
        contactName={actor.name}
        {...bundleFormView(tailored.form, guide.members)}
        materials={tailored.materials.map((m) => {
          // One document list per distinct material: what any of its members' requirements found, each once.
          const docs = new Map(
            m.uses.flatMap((u) => library.files[u.requirement.id] ?? []).map((d) => [d.id, { id: d.id, name: d.name, itemName: d.itemName }]),
          );
          return {
            key: m.key,
            name: m.name,
            form: m.form,
            members: memberNames(m.uses),
            fromCertificate: m.certificateType && held.has(m.certificateType) ? m.certificateType : null,
            library: [...docs.values()],
          };
        })}
        fromMembers={tailored.fromMembers.map((f) => ({ key: f.key, name: f.name, producer: f.producer.name, members: f.uses.map((u) => u.memberName) }))}
        draft={
          usable
            ? {
                id: usable.id,
                savedAt: usable.updatedAt.toISOString(),
                values: { contactName: usable.contactName, contactPhone: usable.contactPhone, note: usable.note, answers: usable.answers },
                files: usable.files,
              }
            : null
        }
      />
    </div>
  );
}
