'use client';
import { useState } from 'react';
import type { ActionState } from '@/lib/action';
import { pickLibraryFileAction, removeDraftFileAction, uploadDraftFilesAction } from '../../actions';
import type { useMaterialLibrary } from '../../library/library-picker';
import type { useDraftAutosave } from './use-draft-autosave';

export type StoredFile = { id: string; name: string; size: number };

/**
 * The files kept in the draft, by material: each chosen file is uploaded at
 * once through the draft's queue rather than carried until submit.
 */
export function useDraftFiles(
  draft: ReturnType<typeof useDraftAutosave>,
  library: ReturnType<typeof useMaterialLibrary>,
  initial: Record<string, StoredFile[]>,
) {
  const { enqueue, draftFields, rememberDraft, setStatus, cancelPendingSave } = draft;
  const [files, setFiles] = useState<Record<string, StoredFile[]>>(initial);
  const [uploadErrors, setUploadErrors] = useState<Record<string, ActionState>>({});
  const [uploading, setUploading] = useState<Record<string, boolean>>({});

  function upload(materialId: string, input: HTMLInputElement) {
    const chosen = Array.from(input.files ?? []);
    if (chosen.length === 0) return;
    cancelPendingSave();
    setUploading((u) => ({ ...u, [materialId]: true }));
    setStatus({ kind: 'saving' });
    void enqueue(async () => {
      const data = new FormData();
      for (const [key, value] of Object.entries(draftFields())) {
        if (Array.isArray(value)) value.forEach((v) => data.append(key, v));
        else data.set(key, value);
      }
      data.set('materialId', materialId);
      for (const file of chosen) data.append(`file:${materialId}`, file);
      const result = await uploadDraftFilesAction(data);
      setUploading((u) => ({ ...u, [materialId]: false }));
      if (result?.ok && result.data) {
        // Stored in the draft now: the input must not send the same file again on submit.
        input.value = '';
        rememberDraft(result.data.draftId);
        setFiles((f) => ({ ...f, [materialId]: result.data!.files }));
        setUploadErrors((e) => ({ ...e, [materialId]: null }));
        setStatus({ kind: 'saved', at: new Date(result.data.savedAt) });
      } else {
        input.value = '';
        setUploadErrors((e) => ({ ...e, [materialId]: result }));
        setStatus({ kind: 'error' });
      }
    });
  }

  /** 材料库: an earlier document of the applicant's for this material, kept in the draft like an upload. */
  function pickFromLibrary(materialId: string, sourceFileId: string) {
    cancelPendingSave();
    setUploading((u) => ({ ...u, [materialId]: true }));
    setStatus({ kind: 'saving' });
    void enqueue(async () => {
      const result = await pickLibraryFileAction({ ...draftFields(), materialId, sourceFileId });
      setUploading((u) => ({ ...u, [materialId]: false }));
      setUploadErrors((e) => ({ ...e, [materialId]: result?.ok ? null : result }));
      if (result?.ok && result.data) {
        rememberDraft(result.data.draftId);
        library.markCopied(result.data.fileId);
        setFiles((f) => ({ ...f, [materialId]: result.data!.files }));
        setStatus({ kind: 'saved', at: new Date(result.data.savedAt) });
      } else {
        setStatus({ kind: 'error' });
      }
    });
  }

  function remove(materialId: string, file: StoredFile) {
    void enqueue(async () => {
      const result = await removeDraftFileAction({ draftId: draft.draftId.current, fileId: file.id });
      if (result?.ok) {
        setFiles((f) => ({ ...f, [materialId]: (f[materialId] ?? []).filter((x) => x.id !== file.id) }));
        setStatus({ kind: 'saved', at: new Date() });
      } else {
        setStatus({ kind: 'error' });
      }
    });
  }

  return { files, uploadErrors, uploading, upload, pickFromLibrary, remove };
}
