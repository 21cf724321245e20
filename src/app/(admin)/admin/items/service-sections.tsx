'use client';
import { useTranslations } from 'next-intl';
import { RESULT_TYPES } from '@/lib/enums';
import { Check, ItemInput, ItemSelect, Section, type Errors, type ItemDoc } from './form-parts';

type Props = { d: ItemDoc | null; errors: Errors };

export function ServiceSection({ d, errors }: Props) {
  const t = useTranslations('catalogAdmin.form');
  const tc = useTranslations();
  const depths = [1, 2, 3, 4].map((v) => ({ value: v, label: `${v} · ${tc(`onlineDepth.${v}`)}` }));
  return (
    <Section title={t('service')}>
      <ItemInput id="fee" errors={errors} required defaultValue={d?.fee ?? '不收费'} />
      <ItemInput id="feeBasis" errors={errors} defaultValue={d?.feeBasis ?? ''} />
      <ItemSelect id="onlineDepth" errors={errors} required defaultValue={String(d?.onlineDepth ?? 4)} options={depths} />
      <div className="flex flex-wrap gap-x-6">
        <Check id="appointment" label={t('appointment')} defaultChecked={d?.appointment ?? true} />
        <Check id="onlinePayment" label={t('onlinePayment')} defaultChecked={d?.onlinePayment ?? false} />
        <Check id="postalDelivery" label={t('postalDelivery')} defaultChecked={d?.postalDelivery ?? true} />
        <Check id="electronicDelivery" label={t('electronicDelivery')} defaultChecked={d?.electronicDelivery ?? false} />
      </div>
      <ItemInput id="postalFee" errors={errors} hint={t('postalFeeHint')} defaultValue={d?.postalFee ?? ''} maxLength={100} />
      <div>
        <Check id="disclose" label={t('disclose')} defaultChecked={d?.disclose ?? false} />
        <p className="mt-1 text-xs text-slate-500">{t('discloseHint')}</p>
      </div>
    </Section>
  );
}

export function ResultSection({ d, errors }: Props) {
  const t = useTranslations('catalogAdmin.form');
  const tc = useTranslations();
  const results = RESULT_TYPES.map((v) => ({ value: v, label: tc(`catalogAdmin.resultType.${v}`) }));
  return (
    <Section title={t('result')}>
      <ItemInput id="resultName" errors={errors} required defaultValue={d?.resultName} />
      <ItemSelect id="resultType" errors={errors} required defaultValue={d?.resultType ?? 'CERTIFICATE'} options={results} />
      <ItemInput id="resultCertificate" errors={errors} defaultValue={d?.resultCertificate ?? ''} />
      <div />
      <ItemInput id="contactPhone" errors={errors} required type="tel" defaultValue={d?.contactPhone} />
      <ItemInput id="complaintPhone" errors={errors} required type="tel" defaultValue={d?.complaintPhone ?? '12345'} />
    </Section>
  );
}
