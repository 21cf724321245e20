'use client';
import { useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/action';

type Translate = ReturnType<typeof useTranslations>;

/** Each refused file of a field, by its own name and reason (`uploads.refused.<reason>`). */
export function refusedFileTexts(t: Translate, state: ActionState, field: string): string[] | undefined {
  if (!state || state.ok || !state.refused) return undefined;
  const texts = state.refused.filter((r) => r.field === field).map((r) => t(`uploads.refused.${r.reason}`, { name: r.name, limit: r.limit ?? 0 }));
  return texts.length > 0 ? texts : undefined;
}

/** The translated form-level message and field messages of an action's result. */
export function useErrorText(state: ActionState) {
  const t = useTranslations();
  if (!state || state.ok) return { formError: null, fieldErrors: {} as Record<string, string[]> };
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, keys] of Object.entries(state.fieldErrors ?? {})) {
    fieldErrors[field] =
      refusedFileTexts(t, state, field) ?? keys.map((key) => (t.has(`validation.${key}`) ? t(`validation.${key}`) : t('validation.invalid')));
  }
  for (const r of state.refused ?? []) fieldErrors[r.field] ??= refusedFileTexts(t, state, r.field) ?? [];
  const formError = state.refused?.length ? t('uploads.refusedSummary', { count: state.refused.length }) : t(`errors.${state.error}`);
  return { formError, fieldErrors };
}
