import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ApplicationDetails } from '@/components/applications/application-details';
import { FormAlert } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/card';
import { getApplication } from '@/lib/applications/get-application';
import { requirePageActor } from '@/lib/auth/session';
import { orNotFound } from '@/lib/page';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ submitted?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('case'))('title') };
}

export default async function MyApplicationPage({ params, searchParams }: Props) {
  const [{ id }, { submitted }] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor(['APPLICANT'], `/me/applications/${id}`);
  const application = await orNotFound(getApplication(actor, id));
  const t = await getTranslations('case');
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} />
      {submitted && <FormAlert tone="success">{t('submittedNotice')}</FormAlert>}
      <ApplicationDetails application={application} />
    </div>
  );
}
