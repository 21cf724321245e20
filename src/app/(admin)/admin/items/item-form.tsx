'use client';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useState, type FormEvent, type ReactNode } from 'react';
import { useErrorText } from '@/components/forms/use-error-text';
import { Button, SubmitButton } from '@/components/ui/button';
import { Field, FieldErrors, FormAlert, Input, Select, Textarea, InputField } from '@/components/ui/field';
import type { ActionState } from '@/lib/action';

type Doc = {
  basicCode: string;
  implementationCode: string;
  name: string;
  type: string;
  level: string;
  departmentCode: string;
  legalBasis: string[];
  handlingClass: string;
  statutoryLimitDays: number | null;
  promisedLimitDays: number;
  acceptConditions: string[];
  situations: { name: string }[];
  materials: { name: string; form: string; copies: number; required: boolean; situations: string[]; certificateType: string | null; note: string | null }[];
  steps: { name: string; limitDays: number | null }[];
  stages: { name: string; limitDays: number; departmentCodes: string[] }[];
  formFields: FormFieldRow[];
  coHandling: string[];
  fee: string;
  feeBasis: string | null;
  onlineDepth: number;
  appointment: boolean;
  onlinePayment: boolean;
  postalDelivery: boolean;
  disclose: boolean;
  resultName: string;
  resultType: string;
  resultCertificate: string | null;
  contactPhone: string;
  complaintPhone: string;
  keywords: string[];
  lifeEvents: string[];
};

type FormFieldRow = { key: string; label: string; kind: string; required: boolean; options: string[]; maxLength: number | null };

export type ItemFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: Doc | null;
  departments: { code: string; name: string }[];
  submitLabel: string;
  lockBasicCode?: boolean;
};

const ITEM_TYPES = ['LICENSING', 'CONFIRMATION', 'BENEFIT', 'RULING', 'OTHER_POWER', 'PUBLIC_SERVICE'];
const LEVELS = ['PROVINCE', 'CITY', 'COUNTY'];
const HANDLING = ['IMMEDIATE', 'PROMISED', 'JOINT', 'ESCALATED'];
const FORMS = ['ORIGINAL', 'COPY', 'ELECTRONIC'];
const RESULTS = ['CERTIFICATE', 'APPROVAL_DOCUMENT', 'OTHER'];
const FIELD_KINDS = ['text', 'number', 'date', 'select', 'textarea'];

let nextKey = 0;
const keyed = <T,>(rows: T[]) => rows.map((row) => ({ key: nextKey++, row }));

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <legend className="px-1 text-base font-semibold text-slate-800">{title}</legend>
      <div className="mt-2 grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

function Check({ id, label, defaultChecked }: { id: string; label: string; defaultChecked: boolean }) {
  return (
    <label htmlFor={id} className="flex min-h-10 items-center gap-2 text-sm text-slate-800">
      <input id={id} name={id} type="checkbox" defaultChecked={defaultChecked} className="size-4 rounded border-slate-300" />
      {label}
    </label>
  );
}

/**
 * The whole item version in one form. Submitted without the form-reset of
 * React form actions, so what the admin typed stays when an error comes back.
 */
export function ItemForm({ action, initial, departments, submitLabel, lockBasicCode }: ItemFormProps) {
  const t = useTranslations('catalogAdmin.form');
  const tc = useTranslations();
  const tf = useTranslations('itemFields');
  const [state, formAction, pending] = useActionState(action, null);
  const { formError, fieldErrors } = useErrorText(state);
  const e = (name: string) => fieldErrors[name];
  const d = initial;
  const [situations, setSituations] = useState(keyed(d?.situations ?? []));
  const [materials, setMaterials] = useState(keyed(d?.materials ?? []));
  const [steps, setSteps] = useState(keyed(d?.steps ?? []));
  const [stages, setStages] = useState(keyed(d?.stages ?? []));
  const [formFields, setFormFields] = useState(keyed(d?.formFields ?? []));
  const situationNames = situations.map((s) => s.row.name).filter(Boolean);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const removeButton = (n: number, onClick: () => void) => (
    <Button type="button" variant="ghost" onClick={onClick} aria-label={t('removeRow', { n })}>
      ✕
    </Button>
  );
  const rowHeader = (n: number, onRemove: () => void) => (
    <div className="flex items-center justify-between sm:col-span-2">
      <span className="text-sm font-medium text-slate-600">{t('row', { n })}</span>
      {removeButton(n, onRemove)}
    </div>
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {formError && <FormAlert>{formError}</FormAlert>}
      {state?.ok && <FormAlert tone="success">{t('saved')}</FormAlert>}

      <Section title={t('basic')}>
        <Field id="basicCode" label={t('basicCode')} errors={e('basicCode')} required>
          <Input id="basicCode" defaultValue={d?.basicCode} errors={e('basicCode')} readOnly={lockBasicCode} />
        </Field>
        <Field id="implementationCode" label={t('implementationCode')} hint={t('implementationCodeHint')} errors={e('implementationCode')}>
          <Input id="implementationCode" defaultValue={d?.implementationCode} errors={e('implementationCode')} hint={t('implementationCodeHint')} />
        </Field>
        <Field id="name" label={t('name')} errors={e('name')} required>
          <Input id="name" defaultValue={d?.name} errors={e('name')} />
        </Field>
        <Field id="type" label={t('type')} errors={e('type')} required>
          <Select id="type" defaultValue={d?.type ?? 'LICENSING'} errors={e('type')}>
            {ITEM_TYPES.map((v) => (
              <option key={v} value={v}>{tc(`itemType.${v}`)}</option>
            ))}
          </Select>
        </Field>
        <Field id="level" label={t('level')} errors={e('level')} required>
          <Select id="level" defaultValue={d?.level ?? 'COUNTY'} errors={e('level')}>
            {LEVELS.map((v) => (
              <option key={v} value={v}>{tc(`level.${v}`)}</option>
            ))}
          </Select>
        </Field>
        <Field id="departmentCode" label={t('departmentCode')} errors={e('departmentCode')} required>
          <Select id="departmentCode" defaultValue={d?.departmentCode ?? ''} errors={e('departmentCode')}>
            <option value="">—</option>
            {departments.map((dep) => (
              <option key={dep.code} value={dep.code}>{dep.name}</option>
            ))}
          </Select>
        </Field>
      </Section>

      <Section title={t('limits')}>
        <Field id="handlingClass" label={t('handlingClass')} errors={e('handlingClass')} required>
          <Select id="handlingClass" defaultValue={d?.handlingClass ?? 'PROMISED'} errors={e('handlingClass')}>
            {HANDLING.map((v) => (
              <option key={v} value={v}>{tc(`handlingClass.${v}`)}</option>
            ))}
          </Select>
        </Field>
        <div />
        <Field id="statutoryLimitDays" label={t('statutoryLimitDays')} hint={t('statutoryHint')} errors={e('statutoryLimitDays')}>
          <Input id="statutoryLimitDays" inputMode="decimal" defaultValue={d?.statutoryLimitDays ?? ''} errors={e('statutoryLimitDays')} hint={t('statutoryHint')} />
        </Field>
        <Field id="promisedLimitDays" label={t('promisedLimitDays')} hint={t('promisedHint')} errors={e('promisedLimitDays')} required>
          <Input id="promisedLimitDays" inputMode="decimal" defaultValue={d?.promisedLimitDays ?? ''} errors={e('promisedLimitDays')} hint={t('promisedHint')} />
        </Field>
      </Section>

      <Section title={t('conditions')}>
        {(['legalBasis', 'acceptConditions', 'coHandling', 'keywords', 'lifeEvents'] as const).map((f) => (
          <Field key={f} id={f} label={t(f)} hint={t('linesHint')} errors={e(f) ?? Object.entries(fieldErrors).filter(([k]) => k.startsWith(`${f}.`)).flatMap(([, v]) => v)}>
            <Textarea id={f} defaultValue={(d?.[f] ?? []).join('\n')} errors={e(f)} hint={t('linesHint')} />
          </Field>
        ))}
      </Section>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <legend className="px-1 text-base font-semibold text-slate-800">{t('situations')}</legend>
        <div className="space-y-3">
          {situations.map(({ key, row }, i) => (
            <div key={key} className="flex items-end gap-2">
              <div className="flex-1">
                <Field id={`situations.${i}.name`} label={`${t('situationName')} ${i + 1}`} errors={e(`situations.${i}.name`)} required>
                  <Input
                    id={`situations.${i}.name`}
                    defaultValue={row.name}
                    errors={e(`situations.${i}.name`)}
                    onChange={(ev) => setSituations((rows) => rows.map((r, j) => (j === i ? { ...r, row: { name: ev.target.value } } : r)))}
                  />
                </Field>
              </div>
              {removeButton(i + 1, () => setSituations((rows) => rows.filter((_, j) => j !== i)))}
            </div>
          ))}
          <Button type="button" variant="secondary" onClick={() => setSituations((rows) => [...rows, ...keyed([{ name: '' }])])}>
            {t('addRow')}
          </Button>
        </div>
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <legend className="px-1 text-base font-semibold text-slate-800">{t('materials')}</legend>
        <div className="space-y-4">
          {materials.map(({ key, row }, i) => {
            const p = `materials.${i}`;
            return (
              <div key={key} className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2">
                {rowHeader(i + 1, () => setMaterials((rows) => rows.filter((_, j) => j !== i)))}
                <Field id={`${p}.name`} label={t('materialName')} errors={e(`${p}.name`)} required>
                  <Input id={`${p}.name`} defaultValue={row.name} errors={e(`${p}.name`)} />
                </Field>
                <div className="grid grid-cols-2 gap-3">
                  <Field id={`${p}.form`} label={t('form')} errors={e(`${p}.form`)}>
                    <Select id={`${p}.form`} defaultValue={row.form} errors={e(`${p}.form`)}>
                      {FORMS.map((v) => (
                        <option key={v} value={v}>{tc(`materialForm.${v}`)}</option>
                      ))}
                    </Select>
                  </Field>
                  <Field id={`${p}.copies`} label={t('copies')} errors={e(`${p}.copies`)}>
                    <Input id={`${p}.copies`} inputMode="numeric" defaultValue={row.copies} errors={e(`${p}.copies`)} />
                  </Field>
                </div>
                <Field id={`${p}.certificateType`} label={t('certificateType')} errors={e(`${p}.certificateType`)}>
                  <Input id={`${p}.certificateType`} defaultValue={row.certificateType ?? ''} errors={e(`${p}.certificateType`)} />
                </Field>
                <Field id={`${p}.note`} label={t('note')} errors={e(`${p}.note`)}>
                  <Input id={`${p}.note`} defaultValue={row.note ?? ''} errors={e(`${p}.note`)} />
                </Field>
                <Check id={`${p}.required`} label={t('required')} defaultChecked={row.required} />
                {situationNames.length > 0 && (
                  <fieldset aria-describedby={e(`${p}.situations`) ? `${p}.situations-error` : undefined}>
                    <legend className="text-sm font-medium text-slate-800">{t('materialSituations')}</legend>
                    <div className="flex flex-wrap gap-x-4">
                      {situationNames.map((s, k) => (
                        <label key={s} htmlFor={`${p}.situations.${k}`} className="flex min-h-10 items-center gap-2 text-sm">
                          <input id={`${p}.situations.${k}`} type="checkbox" name={`${p}.situations`} value={s} defaultChecked={row.situations.includes(s)} className="size-4" />
                          {s}
                        </label>
                      ))}
                    </div>
                    <FieldErrors id={`${p}.situations`} errors={e(`${p}.situations`)} />
                  </fieldset>
                )}
              </div>
            );
          })}
          <Button
            type="button"
            variant="secondary"
            onClick={() => setMaterials((rows) => [...rows, ...keyed([{ name: '', form: 'ORIGINAL', copies: 1, required: true, situations: [], certificateType: null, note: null }])])}
          >
            {t('addRow')}
          </Button>
        </div>
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <legend className="px-1 text-base font-semibold text-slate-800">{t('steps')}</legend>
        <div className="space-y-3">
          {steps.map(({ key, row }, i) => (
            <div key={key} className="grid items-end gap-3 sm:grid-cols-[1fr_12rem_auto]">
              <Field id={`steps.${i}.name`} label={`${t('stepName')} ${i + 1}`} errors={e(`steps.${i}.name`)} required>
                <Input id={`steps.${i}.name`} defaultValue={row.name} errors={e(`steps.${i}.name`)} />
              </Field>
              <Field id={`steps.${i}.limitDays`} label={t('limitDays')} errors={e(`steps.${i}.limitDays`)}>
                <Input id={`steps.${i}.limitDays`} inputMode="decimal" defaultValue={row.limitDays ?? ''} errors={e(`steps.${i}.limitDays`)} />
              </Field>
              {removeButton(i + 1, () => setSteps((rows) => rows.filter((_, j) => j !== i)))}
            </div>
          ))}
          <Button type="button" variant="secondary" onClick={() => setSteps((rows) => [...rows, ...keyed([{ name: '', limitDays: null }])])}>
            {t('addRow')}
          </Button>
        </div>
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <legend className="px-1 text-base font-semibold text-slate-800">{t('stages')}</legend>
        <div className="space-y-4">
          {stages.map(({ key, row }, i) => {
            const p = `stages.${i}`;
            return (
              <div key={key} className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2">
                {rowHeader(i + 1, () => setStages((rows) => rows.filter((_, j) => j !== i)))}
                <Field id={`${p}.name`} label={t('stageName')} errors={e(`${p}.name`)} required>
                  <Input id={`${p}.name`} defaultValue={row.name} errors={e(`${p}.name`)} />
                </Field>
                <Field id={`${p}.limitDays`} label={t('limitDays')} errors={e(`${p}.limitDays`)} required>
                  <Input id={`${p}.limitDays`} inputMode="decimal" defaultValue={row.limitDays} errors={e(`${p}.limitDays`)} />
                </Field>
                <div className="sm:col-span-2">
                  <Field id={`${p}.departmentCodes`} label={t('stageDepartments')} errors={e(`${p}.departmentCodes`)} required>
                    <Select id={`${p}.departmentCodes`} multiple size={4} defaultValue={row.departmentCodes} errors={e(`${p}.departmentCodes`)}>
                      {departments.map((dep) => (
                        <option key={dep.code} value={dep.code}>{dep.name}</option>
                      ))}
                    </Select>
                  </Field>
                </div>
              </div>
            );
          })}
          <Button type="button" variant="secondary" onClick={() => setStages((rows) => [...rows, ...keyed([{ name: '', limitDays: 1, departmentCodes: [] }])])}>
            {t('addRow')}
          </Button>
        </div>
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <legend className="px-1 text-base font-semibold text-slate-800">{tf('admin.title')}</legend>
        <p className="mb-3 text-sm text-slate-600">{tf('admin.hint')}</p>
        <div className="space-y-4">
          {formFields.map(({ key, row }, i) => {
            const p = `formFields.${i}`;
            // Options only mean something for a drop-down, a length only for free text.
            const setKind = (kind: string) => setFormFields((rows) => rows.map((r, j) => (j === i ? { ...r, row: { ...r.row, kind } } : r)));
            return (
              <div key={key} className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2">
                {rowHeader(i + 1, () => setFormFields((rows) => rows.filter((_, j) => j !== i)))}
                <Field id={`${p}.label`} label={tf('admin.label')} errors={e(`${p}.label`)} required>
                  <Input id={`${p}.label`} defaultValue={row.label} errors={e(`${p}.label`)} />
                </Field>
                <Field id={`${p}.key`} label={tf('admin.key')} hint={tf('admin.keyHint')} errors={e(`${p}.key`)} required>
                  <Input id={`${p}.key`} defaultValue={row.key} errors={e(`${p}.key`)} hint={tf('admin.keyHint')} autoCapitalize="off" spellCheck={false} />
                </Field>
                <Field id={`${p}.kind`} label={tf('admin.kind')} errors={e(`${p}.kind`)} required>
                  <Select id={`${p}.kind`} defaultValue={row.kind} errors={e(`${p}.kind`)} onChange={(ev) => setKind(ev.target.value)}>
                    {FIELD_KINDS.map((v) => (
                      <option key={v} value={v}>{tf(`kind.${v}`)}</option>
                    ))}
                  </Select>
                </Field>
                <Check id={`${p}.required`} label={tf('admin.required')} defaultChecked={row.required} />
                {row.kind === 'select' && (
                  <div className="sm:col-span-2">
                    <Field id={`${p}.options`} label={tf('admin.options')} hint={tf('admin.optionsHint')} errors={e(`${p}.options`) ?? Object.entries(fieldErrors).filter(([k]) => k.startsWith(`${p}.options.`)).flatMap(([, v]) => v)} required>
                      <Textarea id={`${p}.options`} defaultValue={row.options.join('\n')} errors={e(`${p}.options`)} hint={tf('admin.optionsHint')} />
                    </Field>
                  </div>
                )}
                {(row.kind === 'text' || row.kind === 'textarea') && (
                  <Field id={`${p}.maxLength`} label={tf('admin.maxLength')} hint={tf('admin.maxLengthHint')} errors={e(`${p}.maxLength`)}>
                    <Input id={`${p}.maxLength`} inputMode="numeric" defaultValue={row.maxLength ?? ''} errors={e(`${p}.maxLength`)} hint={tf('admin.maxLengthHint')} />
                  </Field>
                )}
              </div>
            );
          })}
          <Button
            type="button"
            variant="secondary"
            onClick={() => setFormFields((rows) => [...rows, ...keyed([{ key: '', label: '', kind: 'text', required: true, options: [], maxLength: null }])])}
          >
            {tf('admin.add')}
          </Button>
        </div>
      </fieldset>

      <Section title={t('service')}>
        <Field id="fee" label={t('fee')} errors={e('fee')} required>
          <Input id="fee" defaultValue={d?.fee ?? '不收费'} errors={e('fee')} />
        </Field>
        <InputField id="feeBasis" label={t('feeBasis')} errors={e('feeBasis')} defaultValue={d?.feeBasis ?? ''} />
        <Field id="onlineDepth" label={t('onlineDepth')} errors={e('onlineDepth')} required>
          <Select id="onlineDepth" defaultValue={String(d?.onlineDepth ?? 4)} errors={e('onlineDepth')}>
            {[1, 2, 3, 4].map((v) => (
              <option key={v} value={v}>{`${v} · ${tc(`onlineDepth.${v}`)}`}</option>
            ))}
          </Select>
        </Field>
        <div className="flex flex-wrap gap-x-6">
          <Check id="appointment" label={t('appointment')} defaultChecked={d?.appointment ?? true} />
          <Check id="onlinePayment" label={t('onlinePayment')} defaultChecked={d?.onlinePayment ?? false} />
          <Check id="postalDelivery" label={t('postalDelivery')} defaultChecked={d?.postalDelivery ?? true} />
        </div>
        <div>
          <Check id="disclose" label={t('disclose')} defaultChecked={d?.disclose ?? false} />
          <p className="mt-1 text-xs text-slate-500">{t('discloseHint')}</p>
        </div>
      </Section>

      <Section title={t('result')}>
        <Field id="resultName" label={t('resultName')} errors={e('resultName')} required>
          <Input id="resultName" defaultValue={d?.resultName} errors={e('resultName')} />
        </Field>
        <Field id="resultType" label={t('resultType')} errors={e('resultType')} required>
          <Select id="resultType" defaultValue={d?.resultType ?? 'CERTIFICATE'} errors={e('resultType')}>
            {RESULTS.map((v) => (
              <option key={v} value={v}>{tc(`catalogAdmin.resultType.${v}`)}</option>
            ))}
          </Select>
        </Field>
        <InputField id="resultCertificate" label={t('resultCertificate')} errors={e('resultCertificate')} defaultValue={d?.resultCertificate ?? ''} />
        <div />
        <Field id="contactPhone" label={t('contactPhone')} errors={e('contactPhone')} required>
          <Input id="contactPhone" type="tel" defaultValue={d?.contactPhone} errors={e('contactPhone')} />
        </Field>
        <Field id="complaintPhone" label={t('complaintPhone')} errors={e('complaintPhone')} required>
          <Input id="complaintPhone" type="tel" defaultValue={d?.complaintPhone ?? '12345'} errors={e('complaintPhone')} />
        </Field>
      </Section>

      <div className="sticky bottom-0 flex justify-end gap-3 border-t border-slate-200 bg-white/95 py-3">
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
