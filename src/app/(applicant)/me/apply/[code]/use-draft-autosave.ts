'use client';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { AUTOSAVE_DELAY_MS, useDraftQueue } from '@/components/forms/use-draft-queue';
import { saveDraftAction } from '../../actions';
import { answersJson } from './item-fields';

export type { SaveStatus } from '@/components/forms/use-draft-queue';

/** A reload or a bookmark opens the same draft again. */
function showDraftInUrl(id: string) {
  const url = new URL(window.location.href);
  url.searchParams.set('draft', id);
  window.history.replaceState(null, '', url);
}

/**
 * The draft behind the apply form: saved a moment after each input, and the
 * one queue that saves, uploads and the final submit all run through.
 */
export function useDraftAutosave(
  formRef: RefObject<HTMLFormElement | null>,
  opts: {
    versionId: string;
    situationIds: string[];
    draft: { id: string; savedAt: string } | null;
    /** The situations were changed since the draft was saved: save them right away. */
    situationsChanged: boolean;
  },
) {
  const { draftId, shownDraftId, status, setStatus, queue, enqueue, rememberDraft, save } = useDraftQueue(opts.draft, showDraftInUrl);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const submitted = useRef(false);
  // Read by the saves when they run, not when they were made, so the callbacks below stay the same for the form's life.
  const item = useRef({ versionId: opts.versionId, situationIds: opts.situationIds });
  useEffect(() => {
    item.current = { versionId: opts.versionId, situationIds: opts.situationIds };
  }, [opts.versionId, opts.situationIds]);
  // Decided once, for the situations the page was opened with; later props do not repeat it.
  const [saveOnOpen] = useState(opts.situationsChanged && opts.draft !== null);

  const draftFields = useCallback(() => {
    const form = new FormData(formRef.current ?? undefined);
    return {
      draftId: draftId.current,
      versionId: item.current.versionId,
      situationIds: item.current.situationIds,
      contactName: String(form.get('contactName') ?? ''),
      contactPhone: String(form.get('contactPhone') ?? ''),
      note: String(form.get('note') ?? ''),
      answers: answersJson(form),
    };
  }, [formRef, draftId]);

  const saveNow = useCallback(() => {
    if (submitted.current) return Promise.resolve();
    return save(
      () => saveDraftAction(draftFields()),
      () => submitted.current,
    );
  }, [save, draftFields]);

  /** An upload or a submit saves the typed fields itself: the pending autosave would only repeat it. */
  const cancelPendingSave = useCallback(() => clearTimeout(timer.current), []);

  const scheduleSave = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }, [saveNow]);

  useEffect(() => {
    if (saveOnOpen) void saveNow();
    return cancelPendingSave;
  }, [saveOnOpen, saveNow, cancelPendingSave]);

  /**
   * Runs the submit after every save and upload still queued, and stops
   * autosaving meanwhile; stays stopped if the submit leaves the page.
   */
  const submitAfterSaves = useCallback(
    async <T>(send: (draftId: string) => Promise<T>): Promise<T> => {
      clearTimeout(timer.current);
      submitted.current = true;
      await queue.current;
      const result = await send(draftId.current);
      submitted.current = false;
      return result;
    },
    [queue, draftId],
  );

  return {
    shownDraftId,
    draftId,
    status,
    setStatus,
    enqueue,
    rememberDraft,
    draftFields,
    scheduleSave,
    cancelPendingSave,
    submitAfterSaves,
  };
}
