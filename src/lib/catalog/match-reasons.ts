// Why a catalog item matched a search, as short labels beside each result
// (名称, 关键词：开店, 材料：身份证, 部门, 结果：营业执照, 拼音). Pure: computed
// for the page's rows only, after the one search statement, so the search
// itself stays one indexed query. Client-safe (no server-only): unit-tested.
import { fullPinyin, normalizeSearchText, pinyinInitials } from './search-text';

type MatchReasonKind = 'name' | 'result' | 'keyword' | 'material' | 'department' | 'code' | 'pinyin' | 'similar';
export type MatchReason = { kind: MatchReasonKind; text?: string };

export type MatchParts = {
  name: string;
  result: readonly (string | null | undefined)[];
  keywords: readonly string[];
  materials: readonly string[];
  departments: readonly string[];
  code: string;
};

const HAN = /\p{Script=Han}/u;

function reasonFor(word: string, parts: MatchParts): MatchReason {
  const has = (text: string) => normalizeSearchText(text).includes(word);
  if (has(parts.name)) return { kind: 'name' };
  const result = parts.result.find((r): r is string => !!r && has(r));
  if (result) return { kind: 'result', text: result };
  const keyword = parts.keywords.find(has);
  if (keyword) return { kind: 'keyword', text: keyword };
  const material = parts.materials.find(has);
  if (material) return { kind: 'material', text: material };
  const department = parts.departments.find(has);
  if (department) return { kind: 'department', text: department };
  if (/\d/.test(word) && parts.code.toLowerCase().startsWith(word)) return { kind: 'code' };
  // Typed in pinyin (full or initials): name the Chinese it spelled.
  if (/^[a-z]+$/.test(word)) {
    const spelled = [parts.name, ...parts.keywords, ...parts.departments].find(
      (p) => HAN.test(p) && (fullPinyin(p).includes(word) || pinyinInitials(p).includes(word)),
    );
    if (spelled) return { kind: 'pinyin', text: spelled };
  }
  // A homophone or a missing character: the search's tolerance found it.
  return { kind: 'similar' };
}

/** One reason per query word, the same reason once, at most three. */
export function matchReasons(words: readonly string[], parts: MatchParts): MatchReason[] {
  const seen = new Set<string>();
  const reasons: MatchReason[] = [];
  for (const word of words) {
    const reason = reasonFor(word, parts);
    const key = `${reason.kind}:${reason.text ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reasons.push(reason);
  }
  return reasons.slice(0, 3);
}
