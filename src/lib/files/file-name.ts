/*
 * A file's name comes from the uploader's machine and is shown to, and saved
 * by, someone else. It keeps only what is safe to display and to save: no
 * control characters (a NUL also breaks PostgreSQL text), no bidirectional
 * overrides that make `gpj.exe` read as `exe.jpg`, no path separators, and an
 * extension that matches the type found from the bytes, so a PDF named
 * `page.html` is saved as `page.html.pdf` and opens in a PDF viewer.
 */
// C0 and C1 controls, DEL, and the Unicode bidi embedding / override / isolate marks.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const EXTENSIONS: Record<string, string[]> = { 'application/pdf': ['pdf'], 'image/jpeg': ['jpg', 'jpeg'], 'image/png': ['png'] };

export function safeFileName(name: string, mime: string): string {
  const ext = EXTENSIONS[mime]?.[0] ?? 'bin';
  const cleaned = name.normalize('NFC').replace(UNSAFE, '').replace(/[/\\]/g, '_').trim().replace(/^\.+/, '').slice(0, 180);
  if (!cleaned) return `file.${ext}`;
  const own = cleaned.split('.').pop()!.toLowerCase();
  return cleaned.includes('.') && (EXTENSIONS[mime] ?? []).includes(own) ? cleaned : `${cleaned}.${ext}`;
}

/**
 * The Content-Disposition of a file sent to a browser: an ASCII fallback for
 * old clients and the real name in RFC 5987 `filename*`. The name is cleaned
 * again here because rows stored before the upload check cleaned names exist.
 */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const clean = name.replace(UNSAFE, '').replace(/[/\\]/g, '_') || 'file';
  const ascii = clean.replace(/[^\x20-\x7e]/g, '_').replace(/["%;\\]/g, '_');
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
