// How a case's result may reach the applicant: one DeliveryMethod enum for single
// cases (Application.deliveryChoice, DeliveryReceipt) and bundles
// (BundleCase.deliveryMethod). Pure, client-safe: the apply form and the case
// page show the same options the server accepts.
import { DeliveryMethod } from '@/generated/prisma/enums';
import { isPhysicalCertificate } from './certificate-types';

const DELIVERY_METHODS = Object.values(DeliveryMethod) as [DeliveryMethod, ...DeliveryMethod[]];
export type { DeliveryMethod };
export type DeliverySettings = { postalDelivery: boolean; electronicDelivery: boolean; resultCertificate: string | null };

/**
 * The methods an item offers: window pickup always; post where the catalog
 * allows it (postalDelivery); download where it allows 电子送达 and the result
 * is not a booklet or card the holder must receive (a passport, an ID card).
 */
export function deliveryMethodsOf(item: DeliverySettings): DeliveryMethod[] {
  return DELIVERY_METHODS.filter((m) =>
    m === 'WINDOW' ? true : m === 'POST' ? item.postalDelivery : item.electronicDelivery && !isPhysicalCertificate(item.resultCertificate),
  );
}

/**
 * Whether a choice is one the item offers, with an address when posted;
 * the field errors (validation.* keys) otherwise.
 */
export function checkDeliveryChoice(item: DeliverySettings, choice: { method: DeliveryMethod; address: string }): Record<string, string[]> {
  if (!deliveryMethodsOf(item).includes(choice.method)) return { deliveryMethod: ['notAnOption'] };
  if (choice.method === 'POST' && choice.address.trim().length < 5) return { deliveryAddress: ['required'] };
  return {};
}
