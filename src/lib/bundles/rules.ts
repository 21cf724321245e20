// Pure rules of 一件事一次办 (docs/bundles.md): which members a case needs, the one
// material list and the one form of a bundle, and the checks of a bundle's
// definition. No database: the use cases beside this file feed them.
import type { FormField } from '@/lib/catalog/form-fields';

type Applicability = 'ALWAYS' | 'SITUATION' | 'OPTIONAL';

export type MemberRule = { code: string; applicability: Applicability; situations: readonly string[]; dependsOn: readonly string[] };

/**
 * The members a case needs: every ALWAYS member, a SITUATION member when one of
 * its situations was chosen, an OPTIONAL member when the applicant chose it.
 * A member whose prerequisite is left out is left out too (it could never open).
 */
export function applicableMembers<M extends MemberRule>(members: readonly M[], chosenSituations: readonly string[], chosenOptional: readonly string[]): M[] {
  const wanted = members.filter(
    (m) =>
      m.applicability === 'ALWAYS' ||
      (m.applicability === 'SITUATION' && m.situations.some((s) => chosenSituations.includes(s))) ||
      (m.applicability === 'OPTIONAL' && chosenOptional.includes(m.code)),
  );
  let kept = wanted;
  for (;;) {
    const codes = new Set(kept.map((m) => m.code));
    const next = kept.filter((m) => m.dependsOn.every((d) => codes.has(d) || !members.some((x) => x.code === d)));
    if (next.length === kept.length) return next;
    kept = next;
  }
}

/**
 * A material asked by several members is the same material when it is the same
 * e-certificate type, or else has the same name and form (一套材料).
 */
export function materialKey(m: { name: string; form: string; certificateType?: string | null }): string {
  return m.certificateType ? `cert:${m.certificateType}` : `${m.name.trim()}|${m.form}`;
}

export type MemberMaterial = {
  id: string;
  name: string;
  form: string;
  copies: number;
  required: boolean;
  note?: string | null;
  certificateType?: string | null;
};

export type MergedMaterial<Mm extends MemberMaterial> = {
  key: string;
  name: string;
  form: string;
  copies: number;
  certificateType: string | null;
  notes: string[];
  /** Every member that asks for it, with its own requirement. */
  uses: { memberCode: string; memberName: string; requirement: Mm }[];
};

/** The members that use a material, each once (a member may ask for one material under two names). */
export function memberNames(uses: readonly { memberName: string }[]): string[] {
  return [...new Set(uses.map((u) => u.memberName))];
}

/** ONE list of materials for the members that apply, each distinct material once with the members that use it, in first-asked order. */
export function mergeMaterials<Mm extends MemberMaterial>(members: readonly { code: string; name: string; materials: readonly Mm[] }[]): MergedMaterial<Mm>[] {
  const byKey = new Map<string, MergedMaterial<Mm>>();
  for (const member of members) {
    for (const m of member.materials) {
      const key = materialKey(m);
      let merged = byKey.get(key);
      if (!merged) {
        merged = { key, name: m.name, form: m.form, copies: m.copies, certificateType: m.certificateType ?? null, notes: [], uses: [] };
        byKey.set(key, merged);
      }
      merged.copies = Math.max(merged.copies, m.copies);
      if (m.note && !merged.notes.includes(m.note)) merged.notes.push(m.note);
      merged.uses.push({ memberCode: member.code, memberName: member.name, requirement: m });
    }
  }
  return [...byKey.values()];
}

/**
 * ONE form (一表申请): a field key asked by more than one member is asked once
 * (required when any member requires it); the rest are grouped by member.
 */
export function mergeFormFields(members: readonly { code: string; name: string; fields: readonly FormField[] }[]): {
  shared: (FormField & { memberCodes: string[] })[];
  byMember: { code: string; name: string; fields: FormField[] }[];
} {
  const count = new Map<string, number>();
  for (const m of members) for (const key of new Set(m.fields.map((f) => f.key))) count.set(key, (count.get(key) ?? 0) + 1);
  const shared = new Map<string, FormField & { memberCodes: string[] }>();
  const byMember: { code: string; name: string; fields: FormField[] }[] = [];
  for (const m of members) {
    const own: FormField[] = [];
    for (const f of m.fields) {
      if ((count.get(f.key) ?? 0) < 2) {
        own.push(f);
        continue;
      }
      const seen = shared.get(f.key);
      if (seen) {
        seen.required = seen.required || f.required;
        if (!seen.memberCodes.includes(m.code)) seen.memberCodes.push(m.code);
      } else shared.set(f.key, { ...f, memberCodes: [m.code] });
    }
    if (own.length) byMember.push({ code: m.code, name: m.name, fields: own });
  }
  return { shared: [...shared.values()], byMember };
}

/** A cycle of dependencies as the codes along it (first repeated at the end), or null. */
export function findDependencyCycle(members: readonly { code: string; dependsOn: readonly string[] }[]): string[] | null {
  const deps = new Map(members.map((m) => [m.code, m.dependsOn]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (code: string): string[] | null => {
    if (state.get(code) === 'done') return null;
    if (state.get(code) === 'visiting') return [...path.slice(path.indexOf(code)), code];
    state.set(code, 'visiting');
    path.push(code);
    for (const d of deps.get(code) ?? []) {
      if (!deps.has(d)) continue;
      const cycle = visit(d);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(code, 'done');
    return null;
  };
  for (const m of members) {
    const cycle = visit(m.code);
    if (cycle) return cycle;
  }
  return null;
}

/** What the bundle's promised limit may not exceed: the members' statutory limits added up (a member without one counts its promised limit). */
export function memberLimitSum(members: readonly { statutoryLimitDays: number | null; promisedLimitDays: number }[]): number {
  return members.reduce((sum, m) => sum + (m.statutoryLimitDays ?? m.promisedLimitDays), 0);
}

/** The members' own promised limits added up: what applying one by one would take. */
function memberPromisedSum(members: readonly { promisedLimitDays: number }[]): number {
  return members.reduce((sum, m) => sum + m.promisedLimitDays, 0);
}

export type BundleDefinition = {
  promisedLimitDays: number;
  situations: readonly string[];
  members: readonly { itemCode: string; applicability: Applicability; situations: readonly string[]; dependsOn: readonly string[] }[];
};

/**
 * The checks of a bundle's definition that need only the definition and the
 * members' published versions (`published`: basic code -> limits; an absent
 * code is not published). Field errors keyed like the admin form.
 */
export function checkBundleDefinition(
  doc: BundleDefinition,
  published: ReadonlyMap<string, { statutoryLimitDays: number | null; promisedLimitDays: number }>,
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (at: string, key: string) => ((errors[at] ??= []).includes(key) ? undefined : errors[at]!.push(key));
  if (doc.members.length < 2) add('members', 'bundleNeedsTwo');
  const codes = doc.members.map((m) => m.itemCode);
  doc.members.forEach((m, i) => {
    if (codes.indexOf(m.itemCode) !== i) add(`members.${i}.itemCode`, 'memberTwice');
    if (!published.has(m.itemCode)) add(`members.${i}.itemCode`, 'memberNotPublished');
    if (m.applicability === 'SITUATION' && m.situations.length === 0) add(`members.${i}.situations`, 'required');
    for (const s of m.situations) if (!doc.situations.includes(s)) add(`members.${i}.situations`, 'unknownSituation');
    for (const d of m.dependsOn) {
      if (d === m.itemCode) add(`members.${i}.dependsOn`, 'bundleCycle');
      else if (!codes.includes(d)) add(`members.${i}.dependsOn`, 'unknownMember');
    }
  });
  const cycle = findDependencyCycle(doc.members.map((m) => ({ code: m.itemCode, dependsOn: m.dependsOn.filter((d) => d !== m.itemCode) })));
  if (cycle) add('members', 'bundleCycle');
  const limits = [...new Set(codes)].flatMap((c) => (published.has(c) ? [published.get(c)!] : []));
  if (limits.length === new Set(codes).size && doc.promisedLimitDays > memberLimitSum(limits)) add('promisedLimitDays', 'bundleLimitAboveMembers');
  return errors;
}

export type GuideMember = MemberRule & {
  name: string;
  /** The e-certificate type this member issues when approved (its result), if any. */
  resultCertificate?: string | null;
  statutoryLimitDays: number | null;
  promisedLimitDays: number;
  materials: readonly MemberMaterial[];
  fields: readonly FormField[];
};

/**
 * The guide tailored to a choice (一次告知): the members that apply, ONE list of
 * their materials, ONE form, and the bundle's promised limit next to what the
 * members' own promised limits add up to. A member's conditional materials
 * depend on its own situations, which its guide explains: the bundle asks for
 * each member's required materials.
 */
export function tailorBundle<G extends GuideMember>(members: readonly G[], choice: { situations: readonly string[]; optional: readonly string[] }) {
  const applying = applicableMembers(members, choice.situations, choice.optional);
  const fromMembers: FromMemberMaterial<G['materials'][number]>[] = [];
  const asked = applying.map((m) => {
    const required = m.materials.filter((x) => x.required);
    const own = required.filter((x) => {
      const producer = resultProducer(applying, m.code, x.certificateType);
      if (!producer) return true;
      let entry = fromMembers.find((f) => f.certificateType === x.certificateType && f.producer.code === producer.code);
      if (!entry)
        fromMembers.push(
          (entry = {
            key: materialKey(x),
            name: x.name,
            certificateType: x.certificateType!,
            producer: { code: producer.code, name: producer.name },
            uses: [],
          }),
        );
      entry.uses.push({ memberCode: m.code, memberName: m.name, requirement: x });
      return false;
    });
    return { code: m.code, name: m.name, materials: own };
  });
  const materials = mergeMaterials(asked);
  const form = mergeFormFields(applying.map((m) => ({ code: m.code, name: m.name, fields: m.fields })));
  return {
    members: applying,
    materials,
    fromMembers,
    form,
    materialsAddedUp: materials.reduce((n, m) => n + m.uses.length, 0) + fromMembers.reduce((n, m) => n + m.uses.length, 0),
    memberPromisedSum: memberPromisedSum(applying),
  };
}

/** A material of a member that another member of the same case issues (its result), with the members that wait for it. */
type FromMemberMaterial<Mm extends MemberMaterial> = {
  key: string;
  name: string;
  certificateType: string;
  producer: { code: string; name: string };
  uses: { memberCode: string; memberName: string; requirement: Mm }[];
};

/**
 * The member whose result a member's material is: a prerequisite of the member
 * (directly or through others, among the members that apply) whose result is an
 * e-certificate of the material's type. Only a prerequisite qualifies: the
 * member opens after its result is issued, so the result can be attached
 * before it opens (advanceBundle); a member running in parallel still asks for
 * the material.
 */
export function resultProducer<M extends MemberRule & { name: string; resultCertificate?: string | null }>(
  members: readonly M[],
  memberCode: string,
  certificateType: string | null | undefined,
): M | null {
  if (!certificateType) return null;
  const byCode = new Map(members.map((m) => [m.code, m]));
  const seen = new Set<string>();
  const queue = [...(byCode.get(memberCode)?.dependsOn ?? [])];
  while (queue.length > 0) {
    const code = queue.shift()!;
    if (seen.has(code)) continue;
    seen.add(code);
    const prerequisite = byCode.get(code);
    if (!prerequisite) continue;
    if (prerequisite.resultCertificate === certificateType) return prerequisite;
    queue.push(...prerequisite.dependsOn);
  }
  return null;
}
