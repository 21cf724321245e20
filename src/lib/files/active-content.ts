import { inflateSync } from 'node:zlib';

/*
 * Uploaded files are shown to staff in their browsers, so a file that carries
 * code is refused rather than stored: a PDF with JavaScript or actions that run
 * on opening, or any file with an HTML document inside (a "polyglot" that a
 * browser or an old viewer may render as a page). The type check by magic
 * bytes alone lets both through: a PDF only needs `%PDF-` at its start.
 */

// PDF names that run code, open other documents or files, or submit data. `/OpenAction` and `/AA`
// themselves are common and harmless when they only set the first page's view: the actions they
// hold are caught by these names, and an /OpenAction written as an action dictionary is refused too.
const ACTIVE_PDF_NAMES = new Set(['JS', 'JavaScript', 'Launch', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE', 'RichMedia', 'EmbeddedFile', 'XFA']);
const OPEN_ACTION_DICTIONARY = /\/OpenAction\s*<</;
const HTML_MARKERS = /<\s*(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|script[\s>/]|iframe[\s>/]|svg[\s>/]|object[\s>/]|embed[\s>/]|meta[\s>/])/i;
// Inflated object streams are capped so a "zip bomb" cannot exhaust memory.
const MAX_INFLATED = 32 * 1024 * 1024;

const NAME = /\/([^\s/[\]<>(){}%]+)/g;

/** A piece of PDF syntax with the `#xx` escapes in its names decoded (`/J#61vaScript` is `/JavaScript`). */
function decodeNames(text: string): string {
  return text.replace(NAME, (_, name: string) => `/${name.replace(/#([0-9a-fA-F]{2})/g, (__, hex: string) => String.fromCharCode(parseInt(hex, 16)))}`);
}

/**
 * The PDF's syntax outside its streams, plus the inflated content of its
 * object streams (where PDF 1.5+ files keep most dictionaries). Other stream
 * bodies (page content, images, fonts) are compressed bytes and skipped: they
 * hold no dictionaries, and random bytes would only raise false alarms.
 */
function pdfSyntax(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const parts: string[] = [];
  let at = 0;
  const streamStart = /stream\r?\n/g;
  while (true) {
    streamStart.lastIndex = at;
    const start = streamStart.exec(text);
    if (!start) break;
    const dict = text.slice(at, start.index);
    parts.push(dict);
    const bodyFrom = start.index + start[0].length;
    const end = text.indexOf('endstream', bodyFrom);
    const bodyTo = end === -1 ? text.length : end;
    const lastDict = dict.slice(dict.lastIndexOf('obj'));
    if (/\/Type\s*\/ObjStm/.test(lastDict) && /\/FlateDecode/.test(lastDict)) {
      try {
        parts.push(inflateSync(Buffer.from(bytes.subarray(bodyFrom, bodyTo)), { maxOutputLength: MAX_INFLATED }).toString('latin1'));
      } catch {
        // A stream that does not inflate cannot hide dictionaries from a viewer either.
      }
    }
    at = end === -1 ? text.length : end + 'endstream'.length;
  }
  parts.push(text.slice(at));
  return parts;
}

/** Whether the file carries active content; `mime` is the type found from its bytes. */
export function hasActiveContent(bytes: Uint8Array, mime: string): boolean {
  if (mime === 'application/pdf') {
    for (const raw of pdfSyntax(bytes)) {
      if (HTML_MARKERS.test(raw)) return true;
      const part = decodeNames(raw);
      if (OPEN_ACTION_DICTIONARY.test(part)) return true;
      for (const match of part.matchAll(NAME)) if (ACTIVE_PDF_NAMES.has(match[1])) return true;
    }
    return false;
  }
  return HTML_MARKERS.test(Buffer.from(bytes).toString('latin1'));
}
