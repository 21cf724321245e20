'use client';
import { useTranslations } from 'next-intl';
import { useActionForm } from '@/components/forms/use-action-form';
import { SubmitButton } from '@/components/ui/button';
import type { ActionState } from '@/lib/action';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * Marks every unread notification up to the newest one shown as read. It stays
 * mounted when nothing is left unread (`upTo` null), so its result is still shown.
 */
export function MarkAllReadButton({ upTo, action }: { upTo: string | null; action: Action }) {
  const t = useTranslations('notifications');
  const { state, action: formAction, pending, formError } = useActionForm(action);
  const marked = state?.ok ? (state.data as { marked?: number } | undefined)?.marked : undefined;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3" noValidate>
      {upTo && (
        <>
          <input type="hidden" name="upTo" value={upTo} />
          <SubmitButton pending={pending} variant="secondary">
            {pending ? t('marking') : t('markAllRead')}
          </SubmitButton>
        </>
      )}
      {marked !== undefined && (
        <span role="status" className="text-sm text-emerald-800">
          {t('markedRead', { count: marked })}
        </span>
      )}
      {formError && (
        <span role="alert" className="text-sm text-seal-700">
          {formError}
        </span>
      )}
    </form>
  );
}
