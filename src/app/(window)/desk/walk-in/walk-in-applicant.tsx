'use client';
import { useTranslations } from 'next-intl';
import { useState, type ComponentProps } from 'react';
import { Card } from '@/components/ui/card';
import { InputField } from '@/components/ui/field';

type Person = { idNumber: string; name: string; phone: string };

// What each of the person's fields accepts; all three are required.
const FIELDS: { name: keyof Person; props: ComponentProps<'input'> }[] = [
  { name: 'idNumber', props: { maxLength: 18 } },
  { name: 'name', props: { maxLength: 50 } },
  { name: 'phone', props: { inputMode: 'tel' } },
];

/**
 * The person a walk-in application (of one item or of a bundle) is registered
 * for. Controlled, so what the clerk typed stays after a refused submission.
 */
export function WalkInApplicant({ namespace, fieldErrors }: { namespace: 'intake.walkIn' | 'bundleFlow.walkIn'; fieldErrors: Record<string, string[]> }) {
  const t = useTranslations(namespace);
  const [person, setPerson] = useState<Person>({ idNumber: '', name: '', phone: '' });
  return (
    <Card title={t('applicant')}>
      <div className="grid gap-4 sm:grid-cols-3">
        {FIELDS.map(({ name, props }) => (
          <InputField
            key={name}
            id={name}
            label={t(name)}
            errors={fieldErrors[name]}
            required
            autoComplete="off"
            value={person[name]}
            onChange={(e) => setPerson({ ...person, [name]: e.target.value })}
            {...props}
          />
        ))}
      </div>
      <p className="mt-3 text-xs text-slate-500">{t('applicantHint')}</p>
    </Card>
  );
}
