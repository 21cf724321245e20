import 'server-only';
import { db } from '@/lib/db';

/**
 * The upload fields an online form of this item may carry: one per material of
 * the published version (`material.<requirementId>`). Files under any other
 * key are refused before anything is stored.
 */
export async function materialFieldsOf(versionId: string): Promise<string[]> {
  const materials = await db.materialRequirement.findMany({ where: { versionId, version: { status: 'PUBLISHED' } }, select: { id: true } });
  return materials.map((m) => `material.${m.id}`);
}
