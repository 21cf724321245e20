import { randomUUID } from 'node:crypto';
import { TextLink } from '@/components/ui/text-link';
import { notFound } from 'next/navigation';
import { getTranslations } from '@/i18n/server';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { canApplyOnline } from '@/lib/catalog/online-application';
import { checklistMaterials } from '@/lib/catalog/required-materials';
import { getApplicantContact } from '@/lib/intake/get-applicant-contact';
import { getDraft } from '@/lib/intake/get-draft';
import { orNotFound } from '@/lib/page';
import { listHeldCertificates } from '@/lib/library/list-held-certificates';
import { deliveryMethodsOf } from '@/lib/results/delivery-options';
import { getPickupPlace } from '@/lib/results/get-pickup-place';
import { ApplyForm } from './apply-form';
import { titleFrom } from '@/app/page-title';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ s?: string | string[]; draft?: string; tailored?: string }> };

export const generateMetadata = titleFrom('apply');

export default async function ApplyPage({ params, searchParams }: Props) {
  const [{ code }, { s, draft: draftId, tailored }] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor(['APPLICANT'], `/me/apply/${code}`);
  const guide = await getServiceGuide(code);
  if (!guide || !canApplyOnline(guide)) notFound();
  const [t, held, profile, draft, pickup] = await Promise.all([
    getTranslations(),
    listHeldCertificates(actor),
    getApplicantContact(actor),
    draftId ? orNotFound(getDraft(actor, draftId)) : null,
    getPickupPlace(),
  ]);
  if (draft && draft.itemCode !== guide.code) notFound();
  const asked = tailored || !draft ? (Array.isArray(s) ? s : s ? [s] : []) : draft.situationIds;
  const chosen = asked.filter((id) => guide.situations.some((x) => x.id === id));
  const materials = checklistMaterials(guide.materials, chosen).map((m) => {
    const certificate = m.certificateType ? held.find((c) => c.type === m.certificateType) : undefined;
    return {
      id: m.id,
      name: m.name,
      form: m.form,
      copies: m.copies,
      note: m.note,
      ifApplicable: m.ifApplicable,
      heldCertificate: certificate ? `${certificate.type} ${certificate.number}` : null,
      // The guide may say the certificate is obtained by data sharing; this applicant holds none, so it must be uploaded.
      missingCertificate: m.certificateType && !certificate ? m.certificateType : null,
    };
  });
  const situationsChanged = draft !== null && [...chosen].sort().join() !== [...draft.situationIds].sort().join();

  return (
    <div className="space-y-6">
      <PageHeader title={t('apply.title')} description={guide.name} />
      {draft && <p className="rounded-md border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-800">{t('drafts.resumed')}</p>}
      <ApplyForm
        versionId={guide.id}
        submitKey={randomUUID()}
        situations={guide.situations.map((x) => ({ id: x.id, name: x.name }))}
        situationIds={chosen}
        materials={materials}
        fields={guide.formFields}
        defaults={
          draft
            ? { contactName: draft.contactName, contactPhone: draft.contactPhone, note: draft.note, answers: draft.answers }
            : { contactName: profile.name, contactPhone: profile.phone ?? '', note: '', answers: {} }
        }
        draft={draft ? { id: draft.id, files: draft.files, savedAt: draft.updatedAt.toISOString() } : null}
        situationsChanged={situationsChanged}
        delivery={{ methods: deliveryMethodsOf(guide), postalFee: guide.postalFee, pickup }}
      />
      <p className="text-sm">
        <TextLink href={`/services/${guide.code}`}>{t('apply.backToGuide')}</TextLink>
      </p>
    </div>
  );
}
