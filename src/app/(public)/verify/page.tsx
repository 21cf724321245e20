import { headers } from 'next/headers';
import { TextLink } from '@/components/ui/text-link';
import { getFormatter, getTranslations } from '@/i18n/server';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Field, FormAlert, Input } from '@/components/ui/field';
import { AppError } from '@/lib/errors';
import { verifyDocument, type VerifiedDocument } from '@/lib/verification/verify-document';
import { clientAddressOf } from '@/lib/limits/client-address';
import { titleFrom } from '@/app/page-title';

export const generateMetadata = titleFrom('verify');

type Props = { searchParams: Promise<{ no?: string | string[]; code?: string | string[] }> };
type Outcome = { ok: true; document: VerifiedDocument } | { ok: false; error: 'NOT_FOUND' | 'RATE_LIMITED' | 'INVALID_INPUT'; wait?: number } | null;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 100) ?? '';

/**
 * Public (no sign-in): the page a printed notice's, decision's or
 * certificate's QR code opens. A plain GET form, so the QR link itself is the
 * query and it works without JavaScript.
 */
export default async function VerifyPage({ searchParams }: Props) {
  const sp = await searchParams;
  const number = first(sp.no).trim();
  const code = first(sp.code).trim();
  const [t, tAll, format] = await Promise.all([getTranslations('verify'), getTranslations(), getFormatter()]);
  let outcome: Outcome = null;
  // The form sent (even empty, it has noValidate): verifyDocument says what is missing.
  if (sp.no !== undefined || sp.code !== undefined) {
    const h = await headers();
    // The first X-Forwarded-For hop, as on the progress page (see guess-limiter.ts).
    const clientAddress = clientAddressOf(h);
    try {
      outcome = { ok: true, document: await verifyDocument({ number, code, clientAddress }) };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'RATE_LIMITED') outcome = { ok: false, error: 'RATE_LIMITED', wait: Math.ceil(Number(error.details?.retryAfterSeconds ?? 60) / 60) };
      else if (error.code === 'INVALID_INPUT') outcome = { ok: false, error: 'INVALID_INPUT' };
      else if (error.code === 'NOT_FOUND') outcome = { ok: false, error: 'NOT_FOUND' };
      else throw error;
    }
  }
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'long' });
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
        {/* On a phone the result comes first: a scanned QR code is there to read the answer. */}
        <Card title={t('formTitle')} className={outcome ? 'order-2 lg:order-none' : undefined}>
          <form method="get" action="/verify" className="space-y-4" noValidate>
            <Field id="verify-no" label={t('number')} hint={t('numberHint')} required>
              <Input id="verify-no" name="no" defaultValue={number} required maxLength={64} autoComplete="off" spellCheck={false} hint={t('numberHint')} />
            </Field>
            <Field id="verify-code" label={t('code')} hint={t('codeHint')} required>
              <Input id="verify-code" name="code" defaultValue={code} required maxLength={20} autoComplete="off" spellCheck={false} hint={t('codeHint')} />
            </Field>
            <Button type="submit" className="w-full">
              {t('submit')}
            </Button>
            <p className="text-xs text-slate-500">{t('privacy')}</p>
          </form>
        </Card>
        <section aria-live="polite" aria-label={t('resultTitle')} className={outcome ? 'order-1 lg:order-none' : undefined}>
          {outcome === null && (
            <Card title={t('resultTitle')}>
              <p className="text-sm text-slate-600">{t('intro')}</p>
            </Card>
          )}
          {outcome && !outcome.ok && (
            <FormAlert>
              {outcome.error === 'RATE_LIMITED'
                ? t('rateLimited', { minutes: outcome.wait ?? 1 })
                : outcome.error === 'INVALID_INPUT'
                  ? t('invalid')
                  : t('notFound')}
            </FormAlert>
          )}
          {outcome?.ok && outcome.document.kind === 'certificate' && (
            <Card
              title={t('certificateTitle')}
              actions={<StatusBadge status={outcome.document.status} label={t(`certificateStatus.${outcome.document.status}`)} />}
            >
              {outcome.document.status === 'VALID' ? (
                <p className="mb-4 text-sm font-medium text-emerald-800">{t('certificateConfirmed')}</p>
              ) : outcome.document.status === 'REPLACED' ? (
                <p className="mb-4 text-sm font-medium text-red-800">
                  {t('certificateReplaced', { date: outcome.document.replacedAt ? day(outcome.document.replacedAt) : '—' })}
                </p>
              ) : (
                <p className="mb-4 text-sm font-medium text-red-800">{t('certificateNotValid')}</p>
              )}
              <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
                <Item label={t('certificateType')}>{outcome.document.type}</Item>
                <Item label={t('certificateNumber')} mono>
                  {outcome.document.number}
                </Item>
                <Item label={t('holder')}>{outcome.document.holder}</Item>
                <Item label={t('issuer')}>{outcome.document.issuer}</Item>
                <Item label={t('issuedAt')}>{day(outcome.document.issuedAt)}</Item>
                <Item label={t('validUntil')}>{outcome.document.validUntil ? day(outcome.document.validUntil) : t('noExpiry')}</Item>
                {outcome.document.fields.map((f) => (
                  <Item key={f.label} label={f.label}>
                    {f.value}
                  </Item>
                ))}
                {outcome.document.scope && (
                  <Item label={t('scope')} wide>
                    {outcome.document.scope}
                  </Item>
                )}
              </dl>
            </Card>
          )}
          {outcome?.ok && outcome.document.kind === 'application' && (
            <Card
              title={t('applicationTitle')}
              actions={
                outcome.document.decision ? (
                  <Badge tone={outcome.document.decision === 'APPROVED' ? 'green' : 'red'}>{t(`decision.${outcome.document.decision}`)}</Badge>
                ) : (
                  <Badge tone="blue">{tAll(`status.${outcome.document.status}`)}</Badge>
                )
              }
            >
              <p className="mb-4 text-sm font-medium text-emerald-800">{t('applicationConfirmed')}</p>
              <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
                <Item label={t('documentNumber')} mono>
                  {outcome.document.number}
                </Item>
                <Item label={t('item')}>{outcome.document.itemName}</Item>
                <Item label={t('applicant')}>{outcome.document.applicant}</Item>
                <Item label={t('department')}>{outcome.document.department}</Item>
                <Item label={t('status')}>{tAll(`status.${outcome.document.status}`)}</Item>
                <Item label={t('acceptedAt')}>{outcome.document.acceptedAt ? day(outcome.document.acceptedAt) : '—'}</Item>
                <Item label={t('decisionLabel')}>{outcome.document.decision ? t(`decision.${outcome.document.decision}`) : t('undecided')}</Item>
                <Item label={t('decidedAt')}>{outcome.document.decidedAt ? day(outcome.document.decidedAt) : '—'}</Item>
              </dl>
              <p className="mt-4 text-sm">
                <TextLink href="/track">{t('trackLink')}</TextLink>
              </p>
            </Card>
          )}
        </section>
      </div>
    </div>
  );
}

function Item({ label, children, mono, wide }: { label: string; children: React.ReactNode; mono?: boolean; wide?: boolean }) {
  return (
    <div className={wide ? 'sm:col-span-2' : undefined}>
      <dt className="text-slate-500">{label}</dt>
      <dd className={`mt-0.5 font-medium text-slate-900 ${mono ? 'break-all font-mono' : ''}`}>{children}</dd>
    </div>
  );
}

function StatusBadge({ status, label }: { status: 'VALID' | 'REVOKED' | 'REPLACED' | 'EXPIRED'; label: string }) {
  return <Badge tone={status === 'VALID' ? 'green' : 'red'}>{label}</Badge>;
}
