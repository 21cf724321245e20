'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { listMaterialLibraryAction } from '../actions';

export type LibraryFile = { id: string; name: string; size: number; itemName: string; uploadedAt: Date };

/**
 * The applicant's earlier documents for the form's materials (材料库), loaded
 * once for the whole form, and which of the draft's files came from there.
 */
export function useMaterialLibrary(requirementIds: string[]) {
  const [files, setFiles] = useState<Record<string, LibraryFile[]>>({});
  const [copied, setCopied] = useState<ReadonlySet<string>>(new Set());
  const key = requirementIds.join(',');
  useEffect(() => {
    let live = true;
    void listMaterialLibraryAction({ requirementIds: key ? key.split(',') : [] }).then((result) => {
      if (!live || !result?.ok || !result.data) return;
      setFiles(result.data.files);
      setCopied(new Set(result.data.copiedIds));
    });
    return () => {
      live = false;
    };
  }, [key]);
  const markCopied = useCallback((fileId: string) => setCopied((c) => new Set([...c, fileId])), []);
  return { filesFor: (requirementId: string) => files[requirementId] ?? [], isFromLibrary: (fileId: string) => copied.has(fileId), markCopied };
}

/** One material's earlier documents, each usable with one click instead of a new upload. */
export function LibraryPicker({
  material,
  files,
  onPick,
  disabled,
}: {
  material: string;
  files: LibraryFile[];
  onPick: (sourceFileId: string) => void;
  disabled?: boolean;
}) {
  const t = useTranslations('materialLibrary');
  const format = useFormatter();
  if (files.length === 0) return null;
  return (
    <details className="mt-2 rounded-md border border-emerald-200 bg-emerald-50/50 px-3 py-2 text-sm">
      <summary className="min-h-8 cursor-pointer py-1 font-medium text-emerald-800">{t('pick', { count: files.length })}</summary>
      <p className="mt-1 text-xs text-slate-600">{t('intro', { material })}</p>
      <ul className="mt-2 space-y-1">
        {files.map((file) => (
          <li key={file.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-white px-3 py-1.5">
            <a href={`/api/files/${file.id}`} className="min-w-0 break-all text-brand-700 underline" target="_blank" rel="noreferrer">
              {file.name}
            </a>
            <span className="text-xs text-slate-600">
              {t('from', { item: file.itemName, date: format.dateTime(new Date(file.uploadedAt), { dateStyle: 'medium' }) })}
            </span>
            <button
              type="button"
              disabled={disabled}
              onClick={() => onPick(file.id)}
              aria-label={t('useLabel', { name: file.name, material })}
              className="ml-auto min-h-8 rounded-md px-3 py-1 text-xs font-medium text-emerald-800 ring-1 ring-emerald-300 hover:bg-emerald-100 disabled:opacity-50"
            >
              {t('use')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
