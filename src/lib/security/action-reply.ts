/*
 * A server action's arguments arrive encoded by React (`encodeReply`): a JSON
 * array in the body, or in the form field "0" of a multipart body, whose
 * strings starting with `$` refer to other fields. Next.js decodes them before
 * any code of ours runs, and answers every decoding failure (invalid JSON, a
 * reference to a field that is not there, a body that is not multipart) with
 * HTTP 500 or a request that never ends. The proxy checks the shape first and
 * answers 400 to anything React itself would not have sent.
 *
 * Allowed: plain JSON values, `$$`-escaped strings, the literal markers
 * (`$undefined`, `$D` dates, `$n` big integers, `$I`, `$-0`, `$-Infinity`,
 * `$NaN`, `$T` temporary references), `$K` form data, references to another
 * field that exists (an object mentioned twice) and `$B` blobs. Everything
 * else React can encode (promises, maps, sets, iterables, streams, typed
 * arrays, server references as arguments) is refused: no action of the
 * portal takes one, and each is a way to make the decoder throw.
 */
const LITERAL = /^\$(?:\$|u|I|-|N|D|T|n-?\d{1,300}$|K[0-9a-f]+$)/;
const TEXT_REF = /^\$()([0-9a-f]+)(?::.*)?$/;
const BLOB_REF = /^\$(B)([0-9a-f]+)$/;

type Parts = { text(key: string): string | undefined; isBlob(key: string): boolean };

/** Whether a reply is something React's decoder accepts; `root` is field "0" or the whole text body. */
export function isWellFormedReply(root: string | undefined, parts: Parts): boolean {
  if (root === undefined) return false;
  const seen = new Set<string>();
  const checkPart = (text: string, mustBeArray: boolean): boolean => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return false;
    }
    if (mustBeArray && !Array.isArray(value)) return false;
    return checkValue(value, 0);
  };
  const checkValue = (value: unknown, depth: number): boolean => {
    if (depth > 64) return false;
    if (typeof value === 'string') return checkString(value);
    if (Array.isArray(value)) return value.every((v) => checkValue(v, depth + 1));
    if (value && typeof value === 'object') return Object.values(value).every((v) => checkValue(v, depth + 1));
    return true;
  };
  const checkString = (value: string): boolean => {
    if (value[0] !== '$' || LITERAL.test(value)) return true;
    const text = TEXT_REF.exec(value);
    if (text) {
      const key = String(parseInt(text[2], 16));
      if (key === '0') return true;
      const part = parts.text(key);
      if (part === undefined) return false;
      if (seen.has(key)) return true;
      seen.add(key);
      return checkPart(part, false);
    }
    const blob = BLOB_REF.exec(value);
    if (blob) return parts.isBlob(String(parseInt(blob[2], 16)));
    return false;
  };
  return checkPart(root, true);
}

/**
 * Whether every part header of a multipart body is one a browser would write:
 * no control character but the tab (a browser escapes CR, LF and quotes in
 * field and file names). Next's multipart parser (busboy) throws on such a
 * header, and Next answers 500.
 */
export function hasCleanPartHeaders(body: Uint8Array, contentType: string): boolean {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) return false;
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  const parts = text.split(`--${boundary[1] ?? boundary[2]}`).slice(1);
  for (const part of parts) {
    if (part.startsWith('--')) break;
    const end = part.indexOf('\r\n\r\n');
    if (end === -1) return false;
    for (const line of part.slice(0, end).replace(/^\r\n/, '').split('\r\n')) {
      if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(line)) return false;
    }
  }
  return true;
}
