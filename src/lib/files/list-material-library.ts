import 'server-only';
import { assertRole, type Actor } from '@/lib/auth/actor';
import { db } from '@/lib/db';

/** How many earlier documents are offered per material: the latest distinct ones. */
const PER_MATERIAL = 5;

/**
 * 材料库, documents side: what the applicant uploaded before for a material of
 * the same name, in their own earlier applications (submitted, not drafts), so
 * the same paper is not scanned again. Only the applicant's own files, on their
 * own cases; the same bytes are offered once. Also says which of the
 * applicant's loose files (chosen in a draft) are copies of such a document.
 */
export async function listMaterialLibrary(actor: Actor, requirementIds: string[]) {
  assertRole(actor, ['APPLICANT']);
  const requirements = await db.materialRequirement.findMany({ where: { id: { in: requirementIds } }, select: { id: true, name: true } });
  const names = [...new Set(requirements.map((r) => r.name))];
  const earlier = await db.storedFile.findMany({
    where: { ownerId: actor.id, material: { name: { in: names }, application: { applicantId: actor.id, status: { not: 'DRAFT' } } } },
    orderBy: { createdAt: 'desc' },
    take: 500,
    select: {
      id: true,
      name: true,
      size: true,
      sha256: true,
      createdAt: true,
      material: { select: { name: true, application: { select: { version: { select: { name: true } } } } } },
    },
  });
  const byName = new Map<string, { id: string; name: string; size: number; itemName: string; uploadedAt: Date }[]>();
  const seen = new Set<string>();
  for (const f of earlier) {
    const materialName = f.material!.name;
    const key = `${materialName}\u0000${f.sha256}`;
    const list = byName.get(materialName) ?? [];
    if (seen.has(key) || list.length >= PER_MATERIAL) continue;
    seen.add(key);
    list.push({ id: f.id, name: f.name, size: f.size, itemName: f.material!.application.version.name, uploadedAt: f.createdAt });
    byName.set(materialName, list);
  }
  const copies = await db.storedFile.findMany({
    where: { ownerId: actor.id, materialId: null, messageId: null, sha256: { in: [...new Set(earlier.map((f) => f.sha256))] } },
    select: { id: true },
  });
  return {
    files: Object.fromEntries(requirements.map((r) => [r.id, byName.get(r.name) ?? []])),
    copiedIds: copies.map((c) => c.id),
  };
}
