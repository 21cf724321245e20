'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { AUTOSAVE_DELAY_MS, useDraftQueue } from '@/components/forms/use-draft-queue';
import { pickBundleLibraryFileAction, removeBundleDraftFileAction, saveBundleFormDraftAction } from '../../actions';

export type DraftValues = { contactName: string; contactPhone: string; note: string; answers: Record<string, string> };
export type DraftFile = { id: string; name: string; size: number };

/**
 * The draft behind the bundle form: saved a moment after each change, and one
 * queue for saves and library picks, so the first creates the draft and the
 * others reuse it. The submit waits for the queue (`settled`).
 */
export function useBundleDraft(opts: {
  bundleCode: string;
  situations: string[];
  optional: string[];
  draft: { id: string; savedAt: string; files: Record<string, DraftFile[]> } | null;
  values: DraftValues;
}) {
  const { draftId, shownDraftId, status, setStatus, queue, enqueue, rememberDraft: remember, save } = useDraftQueue(opts.draft);
  const [files, setFiles] = useState<Record<string, DraftFile[]>>(opts.draft?.files ?? {});
  const [pickErrors, setPickErrors] = useState<Record<string, string>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const values = useRef(opts.values);
  const first = useRef(true);

  const fields = useCallback(
    () => ({ draftId: draftId.current, bundleCode: opts.bundleCode, situations: opts.situations, optional: opts.optional, ...values.current }),
    [draftId, opts.bundleCode, opts.situations, opts.optional],
  );

  const saveNow = useCallback(() => save(() => saveBundleFormDraftAction(fields())), [save, fields]);

  // Each change of what was typed schedules a save; opening the page does not.
  useEffect(() => {
    values.current = opts.values;
    if (first.current) {
      first.current = false;
      return;
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }, [opts.values, saveNow]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const pick = useCallback(
    (materialKey: string, sourceFileId: string) =>
      enqueue(async () => {
        const result = await pickBundleLibraryFileAction({ ...fields(), materialKey, sourceFileId });
        if (result?.ok && result.data) {
          remember(result.data.draftId);
          setFiles((f) => ({ ...f, [materialKey]: result.data!.files }));
          setPickErrors((e) => ({ ...e, [materialKey]: '' }));
          setStatus({ kind: 'saved', at: new Date(result.data.savedAt) });
        } else if (result && !result.ok) setPickErrors((e) => ({ ...e, [materialKey]: result.text.form }));
      }),
    [enqueue, fields, remember, setStatus],
  );

  const remove = useCallback(
    (materialKey: string, fileId: string) =>
      enqueue(async () => {
        const result = await removeBundleDraftFileAction({ draftId: draftId.current, fileId });
        if (result?.ok) setFiles((f) => ({ ...f, [materialKey]: (f[materialKey] ?? []).filter((x) => x.id !== fileId) }));
      }),
    [enqueue, draftId],
  );

  /** Before the submit: no pending autosave, every save and pick done. */
  const settled = useCallback(async () => {
    clearTimeout(timer.current);
    await queue.current;
    return draftId.current;
  }, [queue, draftId]);

  return { draftId: shownDraftId, files, status, pickErrors, pick, remove, settled };
}
