import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/session';
import { getServiceGuide } from '@/lib/catalog/get-service-guide';
import { db } from '@/lib/db';
import { requiredMaterials } from '@/lib/intake/required-materials';
import { listHeldCertificates } from '@/lib/library/list-held-certificates';
import { ApplyForm } from './apply-form';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ s?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('apply'))('title') };
}

export default async function ApplyPage({ params, searchParams }: Props) {
  const [{ code }, { s }] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor(['APPLICANT'], `/me/apply/${code}`);
  const guide = await getServiceGuide(code);
  if (!guide || guide.onlineDepth < 3) notFound();
  const [t, held, profile] = await Promise.all([
    getTranslations(),
    listHeldCertificates(actor),
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, phone: true } }),
  ]);
  const chosen = (Array.isArray(s) ? s : s ? [s] : []).filter((id) => guide.situations.some((x) => x.id === id));
  const materials = requiredMaterials(guide.materials, chosen).map((m) => {
    const certificate = m.certificateType ? held.find((c) => c.type === m.certificateType) : undefined;
    return { id: m.id, name: m.name, form: m.form, copies: m.copies, note: m.note, heldCertificate: certificate ? `${certificate.type} ${certificate.number}` : null };
  });

  return (
    <div className="space-y-6">
      <PageHeader title={t('apply.title')} description={guide.name} />
      {guide.situations.length > 0 && (
        <Card title={t('catalog.situations')}>
          <form className="flex flex-wrap items-center gap-4">
            {guide.situations.map((situation) => (
              <label key={situation.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="s" value={situation.id} defaultChecked={chosen.includes(situation.id)} className="h-4 w-4" />
                {situation.name}
              </label>
            ))}
            <button className="rounded-md px-3 py-1.5 text-sm text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">{t('catalog.tailor')}</button>
          </form>
        </Card>
      )}
      <ApplyForm
        versionId={guide.id}
        submitKey={randomUUID()}
        situationIds={chosen}
        materials={materials}
        defaults={{ contactName: profile.name, contactPhone: profile.phone ?? '' }}
      />
      <p className="text-sm">
        <Link href={`/services/${guide.code}`} className="text-brand-700 underline">
          {t('apply.backToGuide')}
        </Link>
      </p>
    </div>
  );
}
