'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { errorTextOf } from '@/components/forms/error-text';
import { deleteDraftAction } from './actions';

/** Throws a draft away after the applicant confirms; the list refreshes through revalidatePath. */
export function DeleteDraftButton({ draftId, itemName }: { draftId: string; itemName: string }) {
  const t = useTranslations('drafts');
  const [state, action, pending] = useActionState(deleteDraftAction, null);
  const { formError } = errorTextOf(state);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t('confirmDelete', { item: itemName }))) e.preventDefault();
      }}
      className="inline"
      noValidate
    >
      <input type="hidden" name="draftId" value={draftId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t('deleteLabel', { item: itemName })}
        className="min-h-10 rounded-md px-3 py-2 text-sm font-medium text-seal-700 ring-1 ring-inset ring-red-200 hover:bg-red-50 disabled:opacity-50"
      >
        {pending ? t('deleting') : t('delete')}
      </button>
      {formError && (
        <span role="alert" className="ml-2 text-sm text-seal-700">
          {formError}
        </span>
      )}
    </form>
  );
}
