'use client';
import { useTranslations } from 'next-intl';
import { Field, Textarea } from '@/components/ui/field';
import { HANDLING_CLASSES, ITEM_TYPES, LEVELS } from '@/lib/enums';
import { ItemInput, ItemSelect, listErrors, Section, type Department, type Errors, type ItemDoc } from './form-parts';

const LIST_FIELDS = ['legalBasis', 'acceptConditions', 'coHandling', 'keywords', 'lifeEvents'] as const;

type Props = { d: ItemDoc | null; errors: Errors };

export function BasicSection({ d, errors, departments, lockBasicCode }: Props & { departments: Department[]; lockBasicCode?: boolean }) {
  const t = useTranslations('catalogAdmin.form');
  const tc = useTranslations();
  const types = ITEM_TYPES.map((v) => ({ value: v, label: tc(`itemType.${v}`) }));
  const levels = LEVELS.map((v) => ({ value: v, label: tc(`level.${v}`) }));
  const departmentOptions = [{ value: '', label: '—' }, ...departments.map((dep) => ({ value: dep.code, label: dep.name }))];
  return (
    <Section title={t('basic')}>
      <ItemInput id="basicCode" errors={errors} required defaultValue={d?.basicCode} readOnly={lockBasicCode} />
      <ItemInput id="implementationCode" errors={errors} hint={t('implementationCodeHint')} defaultValue={d?.implementationCode} />
      <ItemInput id="name" errors={errors} required defaultValue={d?.name} />
      <ItemSelect id="type" errors={errors} required defaultValue={d?.type ?? 'LICENSING'} options={types} />
      <ItemSelect id="level" errors={errors} required defaultValue={d?.level ?? 'COUNTY'} options={levels} />
      <ItemSelect id="departmentCode" errors={errors} required defaultValue={d?.departmentCode ?? ''} options={departmentOptions} />
    </Section>
  );
}

export function LimitsSection({ d, errors }: Props) {
  const t = useTranslations('catalogAdmin.form');
  const tc = useTranslations();
  const classes = HANDLING_CLASSES.map((v) => ({ value: v, label: tc(`handlingClass.${v}`) }));
  return (
    <Section title={t('limits')}>
      <ItemSelect id="handlingClass" errors={errors} required defaultValue={d?.handlingClass ?? 'PROMISED'} options={classes} />
      <div />
      <ItemInput id="statutoryLimitDays" errors={errors} hint={t('statutoryHint')} inputMode="decimal" defaultValue={d?.statutoryLimitDays ?? ''} />
      <ItemInput id="promisedLimitDays" errors={errors} hint={t('promisedHint')} required inputMode="decimal" defaultValue={d?.promisedLimitDays ?? ''} />
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
