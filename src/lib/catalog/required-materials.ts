type Requirement = { required: boolean; situations: { id: string }[] };

/** Materials a case needs: the always-required ones plus those of the chosen situations (办事情形). */
export function requiredMaterials<M extends Requirement>(materials: M[], situationIds: readonly string[]): M[] {
  return materials.filter((m) => m.required || m.situations.some((s) => situationIds.includes(s.id)));
}

/**
 * A conditional material that names no situation (its note says when: 股东为企业的
 * 提交营业执照复印件): only the applicant knows whether it applies, so it is shown
 * as 如适用 with its note whatever situations are ticked, and taken when given.
 */
export function isIfApplicable(m: Requirement): boolean {
  return !m.required && m.situations.length === 0;
}

/**
 * What the guide, the checklist PDF and the apply form list: the materials the
 * case needs, then those that may apply (`ifApplicable`), in the guide's order.
 */
export function checklistMaterials<M extends Requirement>(materials: M[], situationIds: readonly string[]): (M & { ifApplicable: boolean })[] {
  const needed = new Set(requiredMaterials(materials, situationIds));
  return materials.filter((m) => needed.has(m) || isIfApplicable(m)).map((m) => ({ ...m, ifApplicable: !needed.has(m) }));
}
