import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { getTranslations } from '@/i18n/server';
import { Card } from '@/components/ui/card';
import { Fact } from '@/components/ui/fact';

type DeskCase = { id: string; itemName: string; receiptNumber: string | null; applicantName: string };

/**
 * A case on one of the window's work lists (on-the-spot decisions, results to hand over): its item
 * linking to the case page, its receipt number and applicant, the list's own facts, then its form.
 */
export async function DeskCaseCard({
  application,
  facts,
  className,
  children,
}: {
  application: DeskCase;
  facts: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const t = await getTranslations('case');
  return (
    <Card
      className={className}
      title={
        <Link href={`/desk/applications/${application.id}`} className="text-brand-700 hover:underline">
          {application.itemName}
        </Link>
      }
    >
      <dl className="mb-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <Fact label={t('receiptNumber')} className="font-mono text-xs">
          {application.receiptNumber}
        </Fact>
        <Fact label={t('applicant')}>{application.applicantName}</Fact>
        {facts}
      </dl>
      {children}
    </Card>
  );
}
