'use client';
import { useCallback, useRef, useState } from 'react';
import type { ActionState } from '@/lib/action';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error' };

/** How long the applicant may pause typing before a draft is saved. */
export const AUTOSAVE_DELAY_MS = 1200;

/**
 * The one queue an apply form's draft runs its saves, uploads and picks
 * through, each after the previous one, so the first creates the draft and
 * the rest reuse it; with the draft's id and how the last save went.
 * `onNewDraft` hears of a draft the queue has just created.
 */
export function useDraftQueue(draft: { id: string; savedAt: string } | null, onNewDraft?: (id: string) => void) {
  const draftId = useRef(draft?.id ?? '');
  const [shownDraftId, setShownDraftId] = useState(draft?.id ?? '');
  const [status, setStatus] = useState<SaveStatus>(draft ? { kind: 'saved', at: new Date(draft.savedAt) } : { kind: 'idle' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const enqueue = useCallback(<T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(work, work);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const rememberDraft = useCallback(
    (id: string) => {
      if (draftId.current === id) return;
      draftId.current = id;
      setShownDraftId(id);
      onNewDraft?.(id);
    },
    [onNewDraft],
  );

  /** Queues a save of the typed fields; a failure shows unless `quiet()` says the form no longer cares (it is being submitted). */
  const save = useCallback(
    (run: () => Promise<ActionState<{ id: string; savedAt: string | Date }>>, quiet: () => boolean = () => false) => {
      setStatus({ kind: 'saving' });
      return enqueue(async () => {
        const result = await run();
        if (result?.ok && result.data) {
          rememberDraft(result.data.id);
          setStatus({ kind: 'saved', at: new Date(result.data.savedAt) });
        } else if (!quiet()) {
          setStatus({ kind: 'error' });
        }
      });
    },
    [enqueue, rememberDraft],
  );

  return { draftId, shownDraftId, status, setStatus, queue, enqueue, rememberDraft, save };
}
