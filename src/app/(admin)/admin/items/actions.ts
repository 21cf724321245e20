'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formObject, runAction, type ActionState } from '@/lib/action';
import { cancelServiceItem } from '@/lib/catalog-admin/cancel-service-item';
import { createDraftVersion } from '@/lib/catalog-admin/create-draft-version';
import { createServiceItem } from '@/lib/catalog-admin/create-service-item';
import { delegateServiceItem } from '@/lib/catalog-admin/delegate-service-item';
import { mergeIntoNewItem } from '@/lib/catalog-admin/merge-into-new-item';
import { publishVersion } from '@/lib/catalog-admin/publish-version';
import { cancelItemFormSchema, retireIntoBundle } from '@/lib/catalog-admin/retire-into-bundle';
import { delegateSchema, itemIdSchema, itemVersionSchema, mergeIntoNewSchema, publishSchema, splitIntoPartsSchema } from '@/lib/catalog-admin/schemas';
import { splitIntoParts } from '@/lib/catalog-admin/split-into-parts';
import { updateDraftVersion } from '@/lib/catalog-admin/update-draft-version';
import { documentFromForm, partsFromForm } from './form-document';

/** A change the public sees: the admin page it was made from and the public catalog (/services) are rendered again. */
function revalidateWithCatalog(adminPath: string) {
  revalidatePath(adminPath);
  revalidatePath('/services');
}

export async function createItemAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['ADMIN'], schema: itemVersionSchema, input: documentFromForm(formData) }, async (doc, actor) => {
    const { itemId, versionId } = await createServiceItem(actor, doc);
    revalidatePath('/admin/items');
    redirect(`/admin/items/${itemId}/versions/${versionId}?saved=1`);
  });
}

export async function updateDraftAction(versionId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['ADMIN'], schema: itemVersionSchema, input: documentFromForm(formData) }, async (doc, actor) => {
    await updateDraftVersion(actor, { versionId, document: doc });
    revalidatePath('/admin/items');
  });
}

export async function publishAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['ADMIN'], schema: publishSchema, input: formObject(formData) }, async (data, actor) => {
    const { itemId } = await publishVersion(actor, data);
    revalidateWithCatalog('/admin/items');
    redirect(`/admin/items/${itemId}?published=1`);
  });
}

export async function newDraftAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['ADMIN'], schema: itemIdSchema, input: formObject(formData) }, async (data, actor) => {
    const { versionId } = await createDraftVersion(actor, data.itemId);
    redirect(`/admin/items/${data.itemId}/versions/${versionId}`);
  });
}

export async function cancelItemAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['ADMIN'], schema: cancelItemFormSchema, input: formObject(formData) }, async ({ bundleCode, ...data }, actor) => {
    // Replaced by a bundle (一件事): its guide then leads there.
    if (bundleCode) await retireIntoBundle(actor, { ...data, bundleCode });
    else await cancelServiceItem(actor, data);
    revalidateWithCatalog(`/admin/items/${data.itemId}`);
  });
}

export async function delegateItemAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['ADMIN'], schema: delegateSchema, input: formObject(formData) }, async (data, actor) => {
    await delegateServiceItem(actor, data);
    revalidateWithCatalog(`/admin/items/${data.itemId}`);
  });
}

export async function mergeItemsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['ADMIN'], schema: mergeIntoNewSchema, input: formObject(formData, ['itemIds']) }, async (data, actor) => {
    const { itemId } = await mergeIntoNewItem(actor, data);
    revalidateWithCatalog('/admin/items');
    redirect(`/admin/items/${itemId}?merged=1`);
  });
}

export async function splitItemAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction({ roles: ['ADMIN'], schema: splitIntoPartsSchema, input: partsFromForm(formData) }, async (data, actor) => {
    const { parts } = await splitIntoParts(actor, data);
    revalidateWithCatalog('/admin/items');
    redirect(`/admin/items/${parts[0]!.itemId}?split=1`);
  });
}
