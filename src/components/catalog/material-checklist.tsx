import type { ReactNode } from 'react';
import { getTranslations } from '@/i18n/server';

export type ChecklistMaterial = {
  key: string;
  name: string;
  form: string;
  copies: number;
  certificateType?: string | null;
  /** Appended to the form and copies line (" · 如适用"). */
  qualifier?: string;
  note?: ReactNode;
};

/** The numbered material checklist of a service's or a bundle's guide, also printed as the applicant's checklist. */
export async function MaterialChecklist({ materials }: { materials: ChecklistMaterial[] }) {
  const t = await getTranslations();
  return (
    <ol className="space-y-3 print:space-y-2">
      {materials.map((m, i) => (
        <li key={m.key} className="flex gap-3">
          <span className="mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-slate-100 text-xs font-semibold">{i + 1}</span>
          <div>
            <p className="font-medium">{m.name}</p>
            <p className="text-sm text-slate-600">
              {t(`materialForm.${m.form}`)} · {t('catalog.copies', { copies: m.copies })}
              {m.qualifier}
            </p>
            {m.note && <p className="text-sm text-slate-500">{m.note}</p>}
            {m.certificateType && <p className="text-sm text-emerald-700">{t('catalog.replacedBy', { type: m.certificateType })}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
