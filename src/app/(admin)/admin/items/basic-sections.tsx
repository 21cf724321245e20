'use client';
import { useTranslations } from 'next-intl';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { listErrors, Section, type Department, type Errors, type ItemDoc } from './form-parts';

const ITEM_TYPES = ['LICENSING', 'CONFIRMATION', 'BENEFIT', 'RULING', 'OTHER_POWER', 'PUBLIC_SERVICE'];
const LEVELS = ['PROVINCE', 'CITY', 'COUNTY'];
const HANDLING = ['IMMEDIATE', 'PROMISED', 'JOINT', 'ESCALATED'];
const LIST_FIELDS = ['legalBasis', 'acceptConditions', 'coHandling', 'keywords', 'lifeEvents'] as const;

type Props = { d: ItemDoc | null; errors: Errors };

export function BasicSection({ d, errors, departments, lockBasicCode }: Props & { departments: Department[]; lockBasicCode?: boolean }) {
  const t = useTranslations('catalogAdmin.form');
  const tc = useTranslations();
  const { e } = errors;
  return (
    <Section title={t('basic')}>
      <Field id="basicCode" label={t('basicCode')} errors={e('basicCode')} required>
        <Input id="basicCode" defaultValue={d?.basicCode} errors={e('basicCode')} readOnly={lockBasicCode} />
      </Field>
      <Field id="implementationCode" label={t('implementationCode')} hint={t('implementationCodeHint')} errors={e('implementationCode')}>
        <Input id="implementationCode" defaultValue={d?.implementationCode} errors={e('implementationCode')} hint={t('implementationCodeHint')} />
      </Field>
      <Field id="name" label={t('name')} errors={e('name')} required>
        <Input id="name" defaultValue={d?.name} errors={e('name')} />
      </Field>
      <Field id="type" label={t('type')} errors={e('type')} required>
        <Select id="type" defaultValue={d?.type ?? 'LICENSING'} errors={e('type')}>
          {ITEM_TYPES.map((v) => (
            <option key={v} value={v}>
              {tc(`itemType.${v}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="level" label={t('level')} errors={e('level')} required>
        <Select id="level" defaultValue={d?.level ?? 'COUNTY'} errors={e('level')}>
          {LEVELS.map((v) => (
            <option key={v} value={v}>
              {tc(`level.${v}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="departmentCode" label={t('departmentCode')} errors={e('departmentCode')} required>
        <Select id="departmentCode" defaultValue={d?.departmentCode ?? ''} errors={e('departmentCode')}>
          <option value="">—</option>
          {departments.map((dep) => (
            <option key={dep.code} value={dep.code}>
              {dep.name}
            </option>
          ))}
        </Select>
      </Field>
    </Section>
  );
}

export function LimitsSection({ d, errors }: Props) {
  const t = useTranslations('catalogAdmin.form');
  const tc = useTranslations();
  const { e } = errors;
  return (
    <Section title={t('limits')}>
      <Field id="handlingClass" label={t('handlingClass')} errors={e('handlingClass')} required>
        <Select id="handlingClass" defaultValue={d?.handlingClass ?? 'PROMISED'} errors={e('handlingClass')}>
          {HANDLING.map((v) => (
            <option key={v} value={v}>
              {tc(`handlingClass.${v}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div />
      <Field id="statutoryLimitDays" label={t('statutoryLimitDays')} hint={t('statutoryHint')} errors={e('statutoryLimitDays')}>
        <Input
          id="statutoryLimitDays"
          inputMode="decimal"
          defaultValue={d?.statutoryLimitDays ?? ''}
          errors={e('statutoryLimitDays')}
          hint={t('statutoryHint')}
        />
      </Field>
      <Field id="promisedLimitDays" label={t('promisedLimitDays')} hint={t('promisedHint')} errors={e('promisedLimitDays')} required>
        <Input id="promisedLimitDays" inputMode="decimal" defaultValue={d?.promisedLimitDays ?? ''} errors={e('promisedLimitDays')} hint={t('promisedHint')} />
      </Field>
    </Section>
  );
}

/** The one-per-line lists: legal basis, conditions, co-handling, search keywords, life events. */
export function ConditionsSection({ d, errors }: Props) {
  const t = useTranslations('catalogAdmin.form');
  const { e } = errors;
  return (
    <Section title={t('conditions')}>
      {LIST_FIELDS.map((f) => (
        <Field key={f} id={f} label={t(f)} hint={t('linesHint')} errors={listErrors(errors, f)}>
          <Textarea id={f} defaultValue={(d?.[f] ?? []).join('\n')} errors={e(f)} hint={t('linesHint')} />
        </Field>
      ))}
    </Section>
  );
}
