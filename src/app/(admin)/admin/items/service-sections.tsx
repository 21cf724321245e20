'use client';
import { useTranslations } from 'next-intl';
import { Field, Input, Select } from '@/components/ui/field';
import { Check, Section, type Errors, type ItemDoc } from './form-parts';

const RESULTS = ['CERTIFICATE', 'APPROVAL_DOCUMENT', 'OTHER'];

type Props = { d: ItemDoc | null; errors: Errors };

export function ServiceSection({ d, errors: { e } }: Props) {
  const t = useTranslations('catalogAdmin.form');
  const tc = useTranslations();
  return (
    <Section title={t('service')}>
      <Field id="fee" label={t('fee')} errors={e('fee')} required>
        <Input id="fee" defaultValue={d?.fee ?? '不收费'} errors={e('fee')} />
      </Field>
      <Field id="feeBasis" label={t('feeBasis')} errors={e('feeBasis')}>
        <Input id="feeBasis" defaultValue={d?.feeBasis ?? ''} errors={e('feeBasis')} />
      </Field>
      <Field id="onlineDepth" label={t('onlineDepth')} errors={e('onlineDepth')} required>
        <Select id="onlineDepth" defaultValue={String(d?.onlineDepth ?? 4)} errors={e('onlineDepth')}>
          {[1, 2, 3, 4].map((v) => (
            <option key={v} value={v}>{`${v} · ${tc(`onlineDepth.${v}`)}`}</option>
          ))}
        </Select>
      </Field>
      <div className="flex flex-wrap gap-x-6">
        <Check id="appointment" label={t('appointment')} defaultChecked={d?.appointment ?? true} />
        <Check id="onlinePayment" label={t('onlinePayment')} defaultChecked={d?.onlinePayment ?? false} />
        <Check id="postalDelivery" label={t('postalDelivery')} defaultChecked={d?.postalDelivery ?? true} />
        <Check id="electronicDelivery" label={t('electronicDelivery')} defaultChecked={d?.electronicDelivery ?? false} />
      </div>
      <Field id="postalFee" label={t('postalFee')} hint={t('postalFeeHint')} errors={e('postalFee')}>
        <Input id="postalFee" defaultValue={d?.postalFee ?? ''} errors={e('postalFee')} hint={t('postalFeeHint')} maxLength={100} />
      </Field>
      <div>
        <Check id="disclose" label={t('disclose')} defaultChecked={d?.disclose ?? false} />
        <p className="mt-1 text-xs text-slate-500">{t('discloseHint')}</p>
      </div>
    </Section>
  );
}

export function ResultSection({ d, errors: { e } }: Props) {
  const t = useTranslations('catalogAdmin.form');
  const tc = useTranslations();
  return (
    <Section title={t('result')}>
      <Field id="resultName" label={t('resultName')} errors={e('resultName')} required>
        <Input id="resultName" defaultValue={d?.resultName} errors={e('resultName')} />
      </Field>
      <Field id="resultType" label={t('resultType')} errors={e('resultType')} required>
        <Select id="resultType" defaultValue={d?.resultType ?? 'CERTIFICATE'} errors={e('resultType')}>
          {RESULTS.map((v) => (
            <option key={v} value={v}>
              {tc(`catalogAdmin.resultType.${v}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="resultCertificate" label={t('resultCertificate')} errors={e('resultCertificate')}>
        <Input id="resultCertificate" defaultValue={d?.resultCertificate ?? ''} errors={e('resultCertificate')} />
      </Field>
      <div />
      <Field id="contactPhone" label={t('contactPhone')} errors={e('contactPhone')} required>
        <Input id="contactPhone" type="tel" defaultValue={d?.contactPhone} errors={e('contactPhone')} />
      </Field>
      <Field id="complaintPhone" label={t('complaintPhone')} errors={e('complaintPhone')} required>
        <Input id="complaintPhone" type="tel" defaultValue={d?.complaintPhone ?? '12345'} errors={e('complaintPhone')} />
      </Field>
    </Section>
  );
}
