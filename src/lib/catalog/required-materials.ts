/** Materials a case needs: the always-required ones plus those of the chosen situations (办事情形). */
export function requiredMaterials<M extends { required: boolean; situations: { id: string }[] }>(
  materials: M[],
  situationIds: readonly string[],
): M[] {
  return materials.filter((m) => m.required || m.situations.some((s) => situationIds.includes(s.id)));
}
