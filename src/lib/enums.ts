import { HandlingClass, ItemType, Level, MaterialForm, ResultType, SuspensionKind } from '@/generated/prisma/enums';

// The option lists of the forms and filters, from the one place that defines
// them: the schema's enums (client-safe: the generated enums are plain objects).
// Their order is the schema's, so every select lists them alike.

type Values<E extends Record<string, string>> = [E[keyof E], ...E[keyof E][]];
const valuesOf = <E extends Record<string, string>>(e: E) => Object.values(e) as Values<E>;

export const ITEM_TYPES = valuesOf(ItemType);
export const LEVELS = valuesOf(Level);
export const HANDLING_CLASSES = valuesOf(HandlingClass);
export const MATERIAL_FORMS = valuesOf(MaterialForm);
export const RESULT_TYPES = valuesOf(ResultType);
export const SUSPENSION_KINDS = valuesOf(SuspensionKind);
