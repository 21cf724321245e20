'use client';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useRef, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useErrorSummary } from '@/components/forms/use-error-summary';
import { errorTextOf } from '@/components/forms/error-text';
import type { ActionState } from '@/lib/action';
import { submitApplicationAction } from '../../actions';
import { useMaterialLibrary } from '../../library/library-picker';
import { DeliveryChoiceFields, type PickupInfo } from '@/components/results/delivery-choice-fields';
import type { DeliveryMethod } from '@/lib/results/delivery-options';
import { ContactSection } from './contact-section';
import { answersJson, ItemFields, type ItemField } from './item-fields';
import { MaterialsSection, type Material } from './materials-section';
import { useDraftAutosave } from './use-draft-autosave';
import { useDraftFiles, type StoredFile } from './use-draft-files';

export function ApplyForm(props: {
  versionId: string;
  submitKey: string;
  situations: { id: string; name: string }[];
  situationIds: string[];
  materials: Material[];
  /** What the item asks besides materials; answers go along as `answers`. */
  fields: ItemField[];
  defaults: { contactName: string; contactPhone: string; note: string; answers: Record<string, string> };
  draft: { id: string; files: Record<string, StoredFile[]>; savedAt: string } | null;
  /** The situations were changed since the draft was saved: save them right away. */
  situationsChanged: boolean;
  /** How the result may reach the applicant (the item's methods, the pickup place). */
  delivery: { methods: DeliveryMethod[]; postalFee: string | null; pickup: PickupInfo };
}) {
  const t = useTranslations();
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useDraftAutosave(formRef, props);
  const library = useMaterialLibrary(props.materials.map((m) => m.id));
  const draftFiles = useDraftFiles(draft, library, props.draft?.files ?? {});

  const [state, action, pending] = useActionState(
    (prev: ActionState, formData: FormData) =>
      draft.submitAfterSaves((draftId) => {
        // Read the form again: files uploaded into the draft meanwhile have left their inputs.
        const fresh = new FormData(formRef.current ?? undefined);
        fresh.set('draftId', draftId);
        const body = formRef.current ? fresh : formData;
        body.set('answers', answersJson(body));
        return submitApplicationAction(prev, body);
      }),
    null,
  );
  const { fieldErrors, summary } = useErrorSummary(state, errorTextOf(state), formRef);

  // Sent without the form-reset of React form actions: after a refusal the fields keep what was typed, so the errors listed match what is shown.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  }

  return (
    <div className="space-y-6">
      {props.situations.length > 0 && (
        <Card title={t('catalog.situations')}>
          {/* A plain GET form: the page tailors the materials to the chosen situations. */}
          <form className="flex flex-wrap items-center gap-4" noValidate>
            {draft.shownDraftId && <input type="hidden" name="draft" value={draft.shownDraftId} />}
            <input type="hidden" name="tailored" value="1" />
            {props.situations.map((situation) => (
              <label key={situation.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="s" value={situation.id} defaultChecked={props.situationIds.includes(situation.id)} className="h-4 w-4" />
                {situation.name}
              </label>
            ))}
            <button className="min-h-10 rounded-md px-3 py-1.5 text-sm text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50">{t('catalog.tailor')}</button>
          </form>
        </Card>
      )}

      <form ref={formRef} onSubmit={submit} onInput={draft.scheduleSave} className="space-y-6" noValidate>
        <input type="hidden" name="versionId" value={props.versionId} />
        <input type="hidden" name="submitKey" value={props.submitKey} />
        {props.situationIds.map((id) => (
          <input key={id} type="hidden" name="situationIds" value={id} />
        ))}
        <ErrorSummary {...summary} />
        <ContactSection defaults={props.defaults} fieldErrors={fieldErrors} status={draft.status} />
        <ItemFields fields={props.fields} defaults={props.defaults.answers} fieldErrors={fieldErrors} />
        <MaterialsSection materials={props.materials} fieldErrors={fieldErrors} draftFiles={draftFiles} library={library} />
        <Card title={t('resultDelivery.chooseTitle')}>
          <p className="mb-3 text-sm text-slate-600">{t('resultDelivery.chooseHint')}</p>
          <DeliveryChoiceFields {...props.delivery} chosen={null} address="" fieldErrors={fieldErrors} legendHidden />
        </Card>
        <div className="flex flex-wrap items-center justify-end gap-4">
          <p className="text-sm text-slate-500">{t('drafts.autosaveHint')}</p>
          <Button type="submit" disabled={pending}>
            {pending ? t('apply.submitting') : t('apply.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
