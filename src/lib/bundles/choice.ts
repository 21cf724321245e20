/** The guide's choice from the query string: `s` situations, `o` optional members (both repeatable). */
export function choiceFromQuery(query: Record<string, string | string[] | undefined>): { situations: string[]; optional: string[] } {
  const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).slice(0, 30);
  return { situations: all(query.s), optional: all(query.o) };
}

export function choiceQuery(choice: { situations: readonly string[]; optional: readonly string[] }): string {
  const params = new URLSearchParams();
  for (const s of choice.situations) params.append('s', s);
  for (const o of choice.optional) params.append('o', o);
  const q = params.toString();
  return q ? `?${q}` : '';
}

/** What of an asked choice the guide knows: its own situations, and only members it offers as optional. */
export function knownChoice(
  guide: { situations: readonly string[]; members: readonly { code: string; applicability: string }[] },
  asked: { situations: string[]; optional: string[] },
) {
  return {
    situations: asked.situations.filter((s) => guide.situations.includes(s)),
    optional: asked.optional.filter((c) => guide.members.some((m) => m.code === c && m.applicability === 'OPTIONAL')),
  };
}
