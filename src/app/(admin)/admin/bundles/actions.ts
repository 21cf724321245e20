'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { AppError } from '@/lib/errors';
import { publishBundle } from '@/lib/bundles/publish-bundle';
import { saveBundleDraft } from '@/lib/bundles/save-bundle-draft';
import { bundleDocumentSchema, bundleVersionIdSchema } from '@/lib/bundles/schemas';

const split = (v: FormDataEntryValue | null) =>
  String(v ?? '')
    .split(/[\n,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The admin form's rows as a bundle document: member rows with an item chosen, lists one per line
 * or separated by 、/commas. Anything that is not form data reads as an empty form, which the
 * schema then refuses field by field (an action can be called with any body).
 */
function documentFromForm(formData: unknown) {
  if (!(formData instanceof FormData)) return {};
  const rows = Number(formData.get('rows') ?? 0);
  const members = [];
  for (let i = 0; i < Math.min(rows, 20); i++) {
    const itemCode = String(formData.get(`members.${i}.itemCode`) ?? '').trim();
    if (!itemCode) continue;
    members.push({
      itemCode,
      applicability: formData.get(`members.${i}.applicability`),
      situations: split(formData.get(`members.${i}.situations`)),
      dependsOn: split(formData.get(`members.${i}.dependsOn`)),
    });
  }
  return {
    code: formData.get('code'),
    name: formData.get('name'),
    lifeEvent: formData.get('lifeEvent'),
    leadDepartmentCode: formData.get('leadDepartmentCode'),
    promisedLimitDays: formData.get('promisedLimitDays'),
    situations: split(formData.get('situations')),
    description: formData.get('description'),
    members,
  };
}

export async function saveBundleDraftAction(versionId: string | null, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['ADMIN'], schema: bundleDocumentSchema, input: documentFromForm(formData) }, async (document, actor) => {
    // The bound id comes from the page, but a caller can send anything in its place.
    if (versionId !== null && typeof versionId !== 'string') throw new AppError('NOT_FOUND');
    const saved = await saveBundleDraft(actor, { versionId: versionId ?? undefined, document });
    revalidatePath('/admin/bundles');
    if (!versionId) redirect(`/admin/bundles/${saved.bundleId}?saved=1`);
    return saved;
  });
}

export async function publishBundleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['ADMIN'], schema: bundleVersionIdSchema, input: formObject(formData) }, async (data, actor) => {
    const { bundleId } = await publishBundle(actor, data);
    revalidatePath('/admin/bundles');
    revalidatePath('/services');
    redirect(`/admin/bundles/${bundleId}?published=1`);
  });
}
