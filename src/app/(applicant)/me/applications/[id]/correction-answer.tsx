'use client';
import { CorrectionAnswerForm, CorrectionReason, type CorrectionItem, type CorrectionNotice } from '@/components/applications/correction-answer-form';
import { FieldErrors, MaterialFilesInput } from '@/components/ui/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { answerCorrectionAction } from '../../actions';

/** The one-notice with a replacement upload for every item, answered in one go. */
export function CorrectionAnswer(notice: CorrectionNotice) {
  const form = useActionForm(answerCorrectionAction);
  return <CorrectionAnswerForm namespace="intake.correction" form={form} {...notice} Line={ReplacementUpload} />;
}

function ReplacementUpload({ item, index, errors }: { item: CorrectionItem; index: number; errors?: string[] }) {
  const id = `fix-${item.materialId}`;
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor={id} className="font-medium">
            {index + 1}. {item.name}
          </label>
          <CorrectionReason item={item} />
        </div>
        <MaterialFilesInput id={id} name={`file:${item.materialId}`} errors={errors} />
      </div>
      <FieldErrors id={id} errors={errors} />
    </>
  );
}
