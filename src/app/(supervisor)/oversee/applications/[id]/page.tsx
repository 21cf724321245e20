import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ApplicationDetails } from '@/components/applications/application-details';
import { PageHeader } from '@/components/ui/card';
import { getApplication } from '@/lib/applications/get-application';
import { requirePageActor } from '@/lib/auth/session';
import { orNotFound } from '@/lib/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('case'))('title') };
}

export default async function OverseeApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['SUPERVISOR', 'ADMIN'], `/oversee/applications/${id}`);
  const application = await orNotFound(getApplication(actor, id));
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <Link href="/oversee" className="text-sm text-brand-700 underline">
        ← {t('oversee.back')}
      </Link>
      <PageHeader title={t('case.title')} />
      <ApplicationDetails application={application} />
    </div>
  );
}
