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

/**
 * A service definition: the situations (办事情形) become one multi-value list to
 * choose from, each material becomes an attribute to provide, required when the
 * material is always required, and each field of the item's form an attribute
 * of its own kind (a choice becomes a single-value list).
 */
export function open311Definition(guide: Pick<ServiceGuide, 'code' | 'situations' | 'materials' | 'formFields'>, label: Label): Open311Definition {
  const attributes: Open311Attribute[] = [];
  if (guide.situations.length)
    attributes.push({
      variable: true,
      code: 'situations',
      datatype: 'multivaluelist',
      required: false,
      datatype_description: label('catalogPublic.open311.situationsType'),
      order: 1,
      description: label('catalogPublic.open311.situations'),
      values: guide.situations.map((s) => ({ key: s.id, name: s.name })),
    });
  guide.materials.forEach((m, i) => {
    const forSituations = guide.situations.filter((s) => m.situations.some((x) => x.id === s.id)).map((s) => s.name);
    attributes.push({
      variable: true,
      code: `material_${i + 1}`,
      datatype: 'string',
      required: m.required,
      datatype_description: [
        label(`materialForm.${m.form}`),
        label('catalog.copies', { copies: m.copies }),
        m.certificateType ? label('catalog.replacedBy', { type: m.certificateType }) : null,
      ]
        .filter(Boolean)
        .join('；'),
      order: attributes.length + 1,
      description: [
        m.name,
        m.note,
        !m.required && forSituations.length ? label('catalogPublic.open311.onlyFor', { situations: forSituations.join('、') }) : null,
      ]
        .filter(Boolean)
        .join('；'),
    });
  });
  for (const f of guide.formFields) {
    attributes.push({
      variable: true,
      code: `field_${f.key}`,
      datatype: fieldDatatypes[f.kind],
      required: f.required,
      datatype_description: label(`catalogPublic.open311.fieldKinds.${f.kind}`),
      order: attributes.length + 1,
      description: f.label,
      ...(f.kind === 'select' ? { values: f.options.map((o) => ({ key: o, name: o })) } : {}),
    });
  }
  return { service_code: guide.code, attributes };
}
