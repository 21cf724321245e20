'use client';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import { FieldErrors, MaterialFilesInput } from '@/components/ui/field';
import { errorTextOf } from '@/components/forms/error-text';
import type { ActionState } from '@/lib/action';
import { LibraryPicker, type useMaterialLibrary } from '../../library/library-picker';
import type { StoredFile, useDraftFiles } from './use-draft-files';

export type Material = {
  id: string;
  name: string;
  form: string;
  copies: number;
  note: string | null;
  ifApplicable: boolean;
  heldCertificate: string | null;
  missingCertificate: string | null;
};

type Props = {
  materials: Material[];
  fieldErrors: Record<string, string[]>;
  draftFiles: ReturnType<typeof useDraftFiles>;
  library: ReturnType<typeof useMaterialLibrary>;
};

export function MaterialsSection({ materials, fieldErrors, draftFiles, library }: Props) {
  const t = useTranslations();
  const saved = materials.filter((m) => m.heldCertificate).length;
  return (
    <Card title={t('apply.materials')}>
      {saved > 0 && (
        <p className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" role="status">
          {t('apply.savedByLibrary', { count: saved })}
        </p>
      )}
      <p className="mb-4 text-sm text-slate-600">{t('apply.fileRules')}</p>
      <ul className="divide-y divide-slate-100">
        {materials.map((m) => (
          <MaterialItem key={m.id} m={m} fieldErrors={fieldErrors} draftFiles={draftFiles} library={library} />
        ))}
      </ul>
    </Card>
  );
}

function MaterialItem({ m, fieldErrors, draftFiles, library }: Omit<Props, 'materials'> & { m: Material }) {
  const t = useTranslations();
  const { files, uploadErrors, uploading, upload, pickFromLibrary, remove } = draftFiles;
  const id = `file-${m.id}`;
  const uploadError = uploadErrors[m.id];
  const errors = fieldErrors[`material.${m.id}`] ?? (uploadError && !uploadError.ok ? uploadErrorText(uploadError, m.id) : undefined);
  const stored = files[m.id] ?? [];
  return (
    <li className="py-3">
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
          {m.missingCertificate && <p className="mt-1 text-sm text-amber-800">{t('apply.certificateMissing', { certificate: m.missingCertificate })}</p>}
        </div>
        <MaterialFilesInput id={id} name={`file:${m.id}`} errors={errors} onChange={(e) => upload(m.id, e.currentTarget)} />
      </div>
      <LibraryPicker
        material={m.name}
        files={library.filesFor(m.id)}
        onPick={(sourceFileId) => pickFromLibrary(m.id, sourceFileId)}
        disabled={uploading[m.id]}
      />
      {uploading[m.id] && (
        <p className="mt-2 text-sm text-slate-500" role="status">
          {t('drafts.uploading')}
        </p>
      )}
      {stored.length > 0 && (
        <ul className="mt-2 space-y-1" aria-label={t('drafts.uploadedFor', { material: m.name })}>
          {stored.map((file) => (
            <StoredFileItem key={file.id} file={file} fromLibrary={library.isFromLibrary(file.id)} onRemove={() => remove(m.id, file)} />
          ))}
        </ul>
      )}
      <FieldErrors id={id} errors={errors} />
    </li>
  );
}

function StoredFileItem({ file, fromLibrary, onRemove }: { file: StoredFile; fromLibrary: boolean; onRemove: () => void }) {
  const t = useTranslations();
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-slate-50 px-3 py-1.5 text-sm">
      <span className="text-emerald-700" aria-hidden="true">
        ✓
      </span>
      <a href={`/api/files/${file.id}`} className="min-w-0 break-all text-brand-700 underline" target="_blank" rel="noreferrer">
        {file.name}
      </a>
      <span className="text-xs text-slate-600">
        {fromLibrary ? t('materialLibrary.fromLibrary') : t('drafts.uploaded')} · {formatSize(file.size)}
      </span>
      <button
        type="button"
        onClick={onRemove}
        className="ml-auto rounded px-2 py-1 text-xs text-seal-700 hover:bg-red-50 focus-visible:outline-2"
        aria-label={t('drafts.removeFile', { name: file.name })}
      >
        {t('drafts.remove')}
      </button>
    </li>
  );
}

/** An upload's refusal beside its material: the material's own messages, else the form-level one. */
function uploadErrorText(state: ActionState, materialId: string): string[] {
  const { formError, fieldErrors } = errorTextOf(state);
  return fieldErrors[`material.${materialId}`] ?? (formError ? [formError] : []);
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1048576) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
