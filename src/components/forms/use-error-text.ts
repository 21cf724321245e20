'use client';
import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/action';

/** The translated form-level message and field messages of an action's result. */
export function useErrorText(state: ActionState) {
  const t = useTranslations();
  if (!state || state.ok) return { formError: null, fieldErrors: {} as Record<string, string[]> };
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, keys] of Object.entries(state.fieldErrors ?? {})) {
    fieldErrors[field] = keys.map((key) => (t.has(`validation.${key}`) ? t(`validation.${key}`) : t('validation.invalid')));
  }
  return { formError: t(`errors.${state.error}`), fieldErrors };
}
