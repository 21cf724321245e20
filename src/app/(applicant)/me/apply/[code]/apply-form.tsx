'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useActionState, useCallback, useEffect, useRef, useState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FieldErrors, FormAlert, TextareaField, InputField, MaterialFilesInput } from '@/components/ui/field';
import { refusedFileTexts, useErrorText } from '@/components/forms/use-error-text';
import type { ActionState } from '@/lib/action';
import { pickLibraryFileAction, removeDraftFileAction, saveDraftAction, submitApplicationAction, uploadDraftFilesAction } from '../../actions';
import { LibraryPicker, useMaterialLibrary } from '../../library/library-picker';
import { answersJson, ItemFields, type ItemField } from './item-fields';

type Material = { id: string; name: string; form: string; copies: number; note: string | null; ifApplicable: boolean; heldCertificate: string | null };
type StoredFile = { id: string; name: string; size: number };
type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error' };

/** How long the applicant may pause typing before the draft is saved. */
const AUTOSAVE_DELAY_MS = 1200;

export function ApplyForm(props: {
  versionId: string;
  submitKey: string;
  situations: { id: string; name: string }[];
  situationIds: string[];
  materials: Material[];
  /** What the item asks besides materials; answers go along as `answers`. */
  fields: ItemField[];
  defaults: { contactName: string; contactPhone: string; note: string; answers: Record<string, string> };
  draft: { id: string; files: Record<string, StoredFile[]>; savedAt: string } | null;
  /** The situations were changed since the draft was saved: save them right away. */
  situationsChanged: boolean;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const formRef = useRef<HTMLFormElement>(null);
  const draftId = useRef(props.draft?.id ?? '');
  const [shownDraftId, setShownDraftId] = useState(props.draft?.id ?? '');
  // Every save and upload runs after the previous one, so the first of them creates the draft and the rest reuse it.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const submitted = useRef(false);
  const [status, setStatus] = useState<SaveStatus>(props.draft ? { kind: 'saved', at: new Date(props.draft.savedAt) } : { kind: 'idle' });
  const [files, setFiles] = useState<Record<string, StoredFile[]>>(props.draft?.files ?? {});
  const [uploadErrors, setUploadErrors] = useState<Record<string, ActionState>>({});
  const [uploading, setUploading] = useState<Record<string, boolean>>({});
  const library = useMaterialLibrary(props.materials.map((m) => m.id));

  const [state, action, pending] = useActionState(async (prev: ActionState, formData: FormData) => {
    clearTimeout(timer.current);
    submitted.current = true;
    await queue.current;
    // Read the form again: files uploaded into the draft meanwhile have left their inputs.
    const fresh = new FormData(formRef.current ?? undefined);
    fresh.set('draftId', draftId.current);
    const body = formRef.current ? fresh : formData;
    body.set('answers', answersJson(body));
    const result = await submitApplicationAction(prev, body);
    submitted.current = false;
    return result;
  }, null);
  const { formError, fieldErrors } = useErrorText(state);
  const saved = props.materials.filter((m) => m.heldCertificate).length;

  const enqueue = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(work, work);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const rememberDraft = useCallback((id: string) => {
    if (draftId.current === id) return;
    draftId.current = id;
    setShownDraftId(id);
    // A reload or a bookmark opens the same draft again.
    const url = new URL(window.location.href);
    url.searchParams.set('draft', id);
    window.history.replaceState(null, '', url);
  }, []);

  const draftFields = useCallback(() => {
    const form = new FormData(formRef.current ?? undefined);
    return {
      draftId: draftId.current,
      versionId: props.versionId,
      situationIds: props.situationIds,
      contactName: String(form.get('contactName') ?? ''),
      contactPhone: String(form.get('contactPhone') ?? ''),
      note: String(form.get('note') ?? ''),
      answers: answersJson(form),
    };
  }, [props.versionId, props.situationIds]);

  const saveNow = useCallback(() => {
    if (submitted.current) return Promise.resolve();
    setStatus({ kind: 'saving' });
    return enqueue(async () => {
      const result = await saveDraftAction(draftFields());
      if (result?.ok && result.data) {
        rememberDraft(result.data.id);
        setStatus({ kind: 'saved', at: new Date(result.data.savedAt) });
      } else if (!submitted.current) {
        setStatus({ kind: 'error' });
      }
    });
  }, [enqueue, draftFields, rememberDraft]);

  const scheduleSave = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }, [saveNow]);

  useEffect(() => {
    if (props.situationsChanged && props.draft) void saveNow();
    return () => clearTimeout(timer.current);
    // Only once, for the situations the page was opened with.
  }, []);

  function upload(materialId: string, input: HTMLInputElement) {
    const chosen = Array.from(input.files ?? []);
    if (chosen.length === 0) return;
    clearTimeout(timer.current);
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
    clearTimeout(timer.current);
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
      const result = await removeDraftFileAction({ draftId: draftId.current, fileId: file.id });
      if (result?.ok) {
        setFiles((f) => ({ ...f, [materialId]: (f[materialId] ?? []).filter((x) => x.id !== file.id) }));
        setStatus({ kind: 'saved', at: new Date() });
      } else {
        setStatus({ kind: 'error' });
      }
    });
  }

  return (
    <div className="space-y-6">
      {props.situations.length > 0 && (
        <Card title={t('catalog.situations')}>
          {/* A plain GET form: the page tailors the materials to the chosen situations. */}
          <form className="flex flex-wrap items-center gap-4">
            {shownDraftId && <input type="hidden" name="draft" value={shownDraftId} />}
            <input type="hidden" name="tailored" value="1" />
            {props.situations.map((situation) => (
              <label key={situation.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="s" value={situation.id} defaultChecked={props.situationIds.includes(situation.id)} className="h-4 w-4" />
                {situation.name}
              </label>
            ))}
            <button className="min-h-10 rounded-md px-3 py-1.5 text-sm text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">{t('catalog.tailor')}</button>
          </form>
        </Card>
      )}

      <form ref={formRef} action={action} onInput={scheduleSave} className="space-y-6" noValidate>
        <input type="hidden" name="versionId" value={props.versionId} />
        <input type="hidden" name="submitKey" value={props.submitKey} />
        {props.situationIds.map((id) => (
          <input key={id} type="hidden" name="situationIds" value={id} />
        ))}
        {formError && <FormAlert>{formError}</FormAlert>}

        <Card title={t('apply.contact')} actions={<SaveStatusLine status={status} format={format} />}>
          <div className="grid gap-4 sm:grid-cols-2">
            <InputField id="contactName" label={t('apply.contactName')} errors={fieldErrors.contactName} required defaultValue={props.defaults.contactName} autoComplete="name" />
            <InputField id="contactPhone" label={t('apply.contactPhone')} errors={fieldErrors.contactPhone} required defaultValue={props.defaults.contactPhone} inputMode="tel" autoComplete="tel" />
            <div className="sm:col-span-2">
              <TextareaField id="note" label={t('apply.note')} errors={fieldErrors.note} defaultValue={props.defaults.note} maxLength={500} />
            </div>
          </div>
        </Card>

        <ItemFields fields={props.fields} defaults={props.defaults.answers} fieldErrors={fieldErrors} />

        <Card title={t('apply.materials')}>
          {saved > 0 && (
            <p className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" role="status">
              {t('apply.savedByLibrary', { count: saved })}
            </p>
          )}
          <p className="mb-4 text-sm text-slate-600">{t('apply.fileRules')}</p>
          <ul className="divide-y divide-slate-100">
            {props.materials.map((m) => {
              const id = `file-${m.id}`;
              const uploadError = uploadErrors[m.id];
              const errors = fieldErrors[`material.${m.id}`] ?? (uploadError && !uploadError.ok ? uploadErrorText(t, uploadError, m.id) : undefined);
              const stored = files[m.id] ?? [];
              return (
                <li key={m.id} className="py-3">
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    {/* Wide enough to read on a phone: the file picker wraps below instead of squeezing the name. */}
                    <div className="min-w-0 flex-1 basis-64">
                      <label htmlFor={id} className="font-medium">
                        {m.name}
                      </label>
                      <p className="text-xs text-slate-500">
                        {m.ifApplicable && `${t('apply.ifApplicable')} · `}
                        {t(`materialForm.${m.form}`)} · {t('catalog.copies', { copies: m.copies })}
                        {m.note ? ` · ${m.note}` : ''}
                      </p>
                      {m.heldCertificate && <p className="mt-1 text-sm text-emerald-700">✓ {t('apply.held', { certificate: m.heldCertificate })}</p>}
                    </div>
                    <MaterialFilesInput id={id} name={`file:${m.id}`} onChange={(e) => upload(m.id, e.currentTarget)} errors={errors} />
                  </div>
                  <LibraryPicker material={m.name} files={library.filesFor(m.id)} onPick={(sourceFileId) => pickFromLibrary(m.id, sourceFileId)} disabled={uploading[m.id]} />
                  {uploading[m.id] && (
                    <p className="mt-2 text-sm text-slate-500" role="status">
                      {t('drafts.uploading')}
                    </p>
                  )}
                  {stored.length > 0 && (
                    <ul className="mt-2 space-y-1" aria-label={t('drafts.uploadedFor', { material: m.name })}>
                      {stored.map((file) => (
                        <li key={file.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-slate-50 px-3 py-1.5 text-sm">
                          <span className="text-emerald-700" aria-hidden="true">
                            ✓
                          </span>
                          <a href={`/api/files/${file.id}`} className="min-w-0 break-all text-brand-700 underline" target="_blank" rel="noreferrer">
                            {file.name}
                          </a>
                          <span className="text-xs text-slate-600">
                            {library.isFromLibrary(file.id) ? t('materialLibrary.fromLibrary') : t('drafts.uploaded')} · {formatSize(file.size)}
                          </span>
                          <button
                            type="button"
                            onClick={() => remove(m.id, file)}
                            className="ml-auto rounded px-2 py-1 text-xs text-seal-700 hover:bg-red-50 focus-visible:outline-2"
                            aria-label={t('drafts.removeFile', { name: file.name })}
                          >
                            {t('drafts.remove')}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                  <FieldErrors id={id} errors={errors} />
                </li>
              );
            })}
          </ul>
        </Card>

        <div className="flex flex-wrap items-center justify-end gap-4">
          <p className="text-sm text-slate-500">{t('drafts.autosaveHint')}</p>
          <SubmitButton pending={pending}>{pending ? t('apply.submitting') : t('apply.submit')}</SubmitButton>
        </div>
      </form>
    </div>
  );
}

function SaveStatusLine({ status, format }: { status: SaveStatus; format: ReturnType<typeof useFormatter> }) {
  const t = useTranslations('drafts');
  const text =
    status.kind === 'saving'
      ? t('saving')
      : status.kind === 'saved'
        ? t('savedAt', { time: format.dateTime(status.at, { hour: '2-digit', minute: '2-digit' }) })
        : status.kind === 'error'
          ? t('saveFailed')
          : t('notSaved');
  return (
    <p role="status" aria-live="polite" className={`text-xs ${status.kind === 'error' ? 'text-seal-700' : 'text-slate-500'}`}>
      {status.kind === 'saved' && (
        <span aria-hidden="true" className="mr-1 text-emerald-600">
          ●
        </span>
      )}
      {text}
    </p>
  );
}

function uploadErrorText(t: ReturnType<typeof useTranslations>, state: Exclude<ActionState, null>, materialId: string): string[] {
  if (state.ok) return [];
  const refused = refusedFileTexts(t, state, `material.${materialId}`);
  if (refused) return refused;
  const keys = state.fieldErrors?.[`material.${materialId}`];
  if (keys?.length) return keys.map((key) => (t.has(`validation.${key}`) ? t(`validation.${key}`) : t('validation.invalid')));
  return [t(`errors.${state.error}`)];
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1048576) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
