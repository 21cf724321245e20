// Pure text helpers of the catalog search, shared by the app and prisma/seed.ts
// (which runs outside Next.js, hence no `server-only` here).
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** Full pinyin without tones or spaces: 户口 -> "hukou". Other letters and digits kept, punctuation dropped. */
export function fullPinyin(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Pinyin initials: 公共场所卫生许可 -> "ggcswsxk". */
export function pinyinInitials(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export type SearchTextParts = {
  name: string;
  keywords?: readonly string[];
  materials?: readonly string[];
  departments?: readonly (string | null | undefined)[];
};

/**
 * What `ServiceItemVersion.searchText` holds: the Chinese words of name,
 * keywords, materials and departments, the full pinyin of name, keywords and
 * departments, and the initials of name and keywords. Materials stay Chinese
 * only: their pinyin would double the text (and the search time) and their
 * initials would make every two-letter query match almost everything.
 */
export function searchTextOf(parts: SearchTextParts): string {
  const nfkc = (s: string) => s.normalize('NFKC');
  const name = nfkc(parts.name);
  const keywords = (parts.keywords ?? []).map(nfkc);
  const materials = (parts.materials ?? []).map(nfkc);
  const departments = (parts.departments ?? []).filter((d): d is string => !!d).map(nfkc);
  const phrases = [name, ...keywords, ...materials, ...departments];
  const tokens = [
    ...phrases,
    ...[name, ...keywords, ...departments].filter((p) => HAN.test(p)).map(fullPinyin),
    ...[name, ...keywords].filter((p) => HAN.test(p)).map(pinyinInitials),
  ]
    .map(normalizeSearchText)
    .filter(Boolean);
  return [...new Set(tokens)].join(' ');
}

/**
 * One form for stored text and queries alike: NFKC folds full-width letters,
 * digits and punctuation to half-width (（新办） -> (新办)), so a name copied
 * from an official guide matches whichever width the applicant types.
 * The SQL migration that rebuilt the stored text used lower(normalize(..., NFKC)): keep them equal.
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/** The words of a query as they are matched against searchText. */
export function queryWords(q: string): string[] {
  return normalizeSearchText(q)
    .split(/[\s,，、;；]+/)
    .filter(Boolean)
    .slice(0, 6);
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A LIKE pattern finding the word anywhere. */
export function containsPattern(word: string): string {
  return `%${escapeLike(word)}%`;
}

/**
 * LIKE patterns that still find a Chinese word typed with one character missing
 * (公场所卫生 -> 公共场所卫生许可) or one character wrong, where at least three
 * typed characters stand together (so 4-character words tolerate a gap next to
 * either end only, and 3-character words none).
 */
export function fuzzyPatterns(word: string): string[] {
  const chars = [...word];
  if (chars.length < 3 || !chars.every((c) => HAN.test(c))) return [];
  const patterns = new Set<string>();
  const add = (before: string[], after: string[]) => {
    // The trigram index only helps with 3 characters in a row: a pattern without them would scan every version.
    if (Math.max(before.length, after.length) >= 3) patterns.add(`%${before.join('')}_${after.join('')}%`);
  };
  for (let i = 1; i < chars.length; i++) add(chars.slice(0, i), chars.slice(i));
  // A wrong character leaves too little of a 3-character word to go on.
  if (chars.length >= 4) for (let i = 0; i < chars.length; i++) add(chars.slice(0, i), chars.slice(i + 1));
  return [...patterns];
}

/**
 * The full pinyin a Chinese word is also looked for as, so that a homophone typed
 * by mistake (护炤 -> huzhao) still finds 护照. Only words of two or more Chinese
 * characters: the pinyin of one character (shi, yi) is found almost everywhere.
 */
export function homophonePattern(word: string): string | null {
  const chars = [...word];
  if (chars.length < 2 || !chars.every((c) => HAN.test(c))) return null;
  const spelled = fullPinyin(word);
  return spelled.length >= 4 ? containsPattern(spelled) : null;
}
