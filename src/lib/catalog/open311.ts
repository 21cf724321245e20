// The catalog in the shapes of Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2):
// service list entries and service definitions. Pure: the routes load and label.
import type { FormField } from './form-fields';
import type { ServiceGuide } from './get-service-guide';
import type { listOpen311Services } from './list-open311-services';

type Label = (key: string, values?: Record<string, string | number>) => string;
type ListedService = Awaited<ReturnType<typeof listOpen311Services>>[number];

export type Open311Service = {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime' | 'batch' | 'blackbox';
  keywords: string;
  group: string;
};

export type Open311Attribute = {
  variable: boolean;
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
};

export type Open311Definition = { service_code: string; attributes: Open311Attribute[] };

/** One entry of services.json. 即办件 are answered on the spot (realtime); the rest later (batch). */
export function open311Service(s: ListedService, label: Label): Open311Service {
  return {
    service_code: s.code,
    service_name: s.name,
    description: [
      s.department,
      label(`handlingClass.${s.handlingClass}`),
      label('catalogPublic.open311.promised', { days: s.promisedLimitDays }),
      s.resultName,
    ].join('；'),
    metadata: true,
    type: s.handlingClass === 'IMMEDIATE' ? 'realtime' : 'batch',
    keywords: s.keywords.join(','),
    group: s.lifeEvents[0] ?? label(`itemType.${s.type}`),
  };
}

const fieldDatatypes: Record<FormField['kind'], Open311Attribute['datatype']> = {
  text: 'string',
  textarea: 'text',
  number: 'number',
  date: 'datetime',
  select: 'singlevaluelist',
};

/** Any number of things to choose (situations, optional members): never required. */
export function choicesAttribute(
  code: string,
  at: { order: number; datatypeDescription: string; description: string; values: { key: string; name: string }[] },
): Open311Attribute {
  return {
    variable: true,
    code,
    datatype: 'multivaluelist',
    required: false,
    datatype_description: at.datatypeDescription,
    order: at.order,
    description: at.description,
    values: at.values,
  };
}

/** A material to provide: its form, its copies and the certificate that may replace it describe the value. */
export function materialAttribute(
  m: { form: string; copies: number; certificateType: string | null },
  at: { index: number; order: number; required: boolean; description: string },
  label: Label,
): Open311Attribute {
  return {
    variable: true,
    code: `material_${at.index + 1}`,
    datatype: 'string',
    required: at.required,
    datatype_description: [
      label(`materialForm.${m.form}`),
      label('catalog.copies', { copies: m.copies }),
      m.certificateType ? label('catalog.replacedBy', { type: m.certificateType }) : null,
    ]
      .filter(Boolean)
      .join('；'),
    order: at.order,
    description: at.description,
  };
}

/** A field of the online form, an attribute of its own kind (a choice becomes a single-value list). */
export function fieldAttribute(f: FormField, at: { order: number; required: boolean }, label: Label): Open311Attribute {
  return {
    variable: true,
    code: `field_${f.key}`,
    datatype: fieldDatatypes[f.kind],
    required: at.required,
    datatype_description: label(`catalogPublic.open311.fieldKinds.${f.kind}`),
    order: at.order,
    description: f.label,
    ...(f.kind === 'select' ? { values: f.options.map((o) => ({ key: o, name: o })) } : {}),
  };
}

/**
 * A service definition: the situations (办事情形) become one multi-value list to
 * choose from, each material becomes an attribute to provide, required when the
 * material is always required, and each field of the item's form an attribute
 * of its own kind.
 */
export function open311Definition(guide: Pick<ServiceGuide, 'code' | 'situations' | 'materials' | 'formFields'>, label: Label): Open311Definition {
  const attributes: Open311Attribute[] = [];
  if (guide.situations.length)
    attributes.push(
      choicesAttribute('situations', {
        order: 1,
        datatypeDescription: label('catalogPublic.open311.situationsType'),
        description: label('catalogPublic.open311.situations'),
        values: guide.situations.map((s) => ({ key: s.id, name: s.name })),
      }),
    );
  guide.materials.forEach((m, i) => {
    const forSituations = guide.situations.filter((s) => m.situations.some((x) => x.id === s.id)).map((s) => s.name);
    const description = [
      m.name,
      m.note,
      !m.required && forSituations.length ? label('catalogPublic.open311.onlyFor', { situations: forSituations.join('、') }) : null,
    ]
      .filter(Boolean)
      .join('；');
    attributes.push(materialAttribute(m, { index: i, order: attributes.length + 1, required: m.required, description }, label));
  });
  for (const f of guide.formFields) attributes.push(fieldAttribute(f, { order: attributes.length + 1, required: f.required }, label));
  return { service_code: guide.code, attributes };
}
