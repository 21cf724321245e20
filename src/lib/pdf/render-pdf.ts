import 'server-only';
import fs from 'node:fs';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { AppError } from '@/lib/errors';

/**
 * Server-side PDF rendering with correct Chinese text.
 *
 * Usage: build a pdfmake 0.3 document definition and `await renderPdf(doc)` to
 * get a `Buffer` (send it from a route handler with
 * `new Response(new Uint8Array(buf), { headers: { 'content-type': 'application/pdf' } })`).
 * Every text uses the font family `CJK` (Noto Sans CJK SC, regular and bold via
 * `bold: true`) unless the definition sets another `defaultStyle.font`; do not
 * rely on pdfmake's Roboto/Helvetica, they have no Chinese glyphs. Images must
 * be data URLs (e.g. `qrDataUrl(text)` from `./qr-data-url`): reading local
 * files or fetching URLs from a document definition is refused on purpose, so
 * user-controlled text can never pull files into a notice. The font is looked
 * up at run time (env `PDF_CJK_FONT`, then the Debian package fonts-noto-cjk,
 * then a few common locations); when none is found `renderPdf` throws
 * `AppError('INTERNAL', { reason: 'PDF_FONT_MISSING' })` — install it with
 * `apt-get install -y fonts-noto-cjk` (as .ci/run does) or point
 * `PDF_CJK_FONT` at a .ttc/.otf/.ttf containing Simplified Chinese.
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  const fonts = configure();
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    ...doc,
    defaultStyle: { font: 'CJK', fontSize: 11, lineHeight: 1.3, ...doc.defaultStyle },
  };
  // pdfmake replaces the file names in the font descriptors with the font
  // bytes while rendering, so every render gets fresh descriptors.
  pdfmake.setFonts(fonts());
  const out = pdfmake.createPdf(definition);
  return out.getBuffer();
}

type FontFace = { file: string; postscript?: string };
type FontSet = { normal: FontFace; bold: FontFace };

// Debian/Ubuntu (fonts-noto-cjk), Arch and Fedora locations; a TTC
// needs the postscript name of the Simplified Chinese face inside it.
const candidates: FontSet[] = [
  {
    normal: { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscript: 'NotoSansCJKsc-Regular' },
    bold: { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', postscript: 'NotoSansCJKsc-Bold' },
  },
  {
    normal: { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', postscript: 'NotoSansCJKsc-Regular' },
    bold: { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc', postscript: 'NotoSansCJKsc-Bold' },
  },
  {
    normal: { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', postscript: 'NotoSansCJKsc-Regular' },
    bold: { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc', postscript: 'NotoSansCJKsc-Bold' },
  },
];

let fontDictionary: (() => TFontDictionary) | null = null;

function findFont(): FontSet {
  const override = process.env.PDF_CJK_FONT;
  if (override) {
    if (!fs.existsSync(/*turbopackIgnore: true*/ override)) {
      throw new AppError('INTERNAL', { reason: 'PDF_FONT_MISSING', tried: [override] });
    }
    const postscript = process.env.PDF_CJK_FONT_NAME || undefined;
    return { normal: { file: override, postscript }, bold: { file: override, postscript } };
  }
  for (const set of candidates) {
    if (fs.existsSync(/*turbopackIgnore: true*/ set.normal.file)) {
      // Bold is optional: fall back to the regular face rather than failing.
      return fs.existsSync(/*turbopackIgnore: true*/ set.bold.file) ? set : { normal: set.normal, bold: set.normal };
    }
  }
  throw new AppError('INTERNAL', {
    reason: 'PDF_FONT_MISSING',
    hint: 'apt-get install -y fonts-noto-cjk, or set PDF_CJK_FONT to a font file with Simplified Chinese',
    tried: candidates.map((c) => c.normal.file),
  });
}

function configure(): () => TFontDictionary {
  if (fontDictionary) return fontDictionary;
  const font = findFont();
  // Fonts go through pdfmake's virtual file system so the local access policy
  // can refuse every other path.
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs;
  const load = (f: FontFace, name: string) => {
    vfs.writeFileSync(name, fs.readFileSync(/*turbopackIgnore: true*/ f.file));
    return () => (f.postscript ? [name, f.postscript] : name);
  };
  const normal = load(font.normal, 'cjk-normal');
  const bold = font.bold === font.normal ? normal : load(font.bold, 'cjk-bold');
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  fontDictionary = () => ({ CJK: { normal: normal(), bold: bold(), italics: normal(), bolditalics: bold() } }) as unknown as TFontDictionary;
  return fontDictionary;
}
