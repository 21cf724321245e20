import 'server-only';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { env } from '@/env';
import { AppError } from '@/lib/errors';
import { checklistHead } from '@/lib/pdf/checklist-head';
import { renderPdf } from '@/lib/pdf/render-pdf';
import { choiceQuery } from './choice';
import { getBundleGuide } from './get-bundle-guide';
import { memberNames, tailorBundle } from './rules';

type Label = (key: string, values?: Record<string, string | number>) => string;

/** The bundle's one checklist (一次告知) for a choice, as an A4 PDF: its members, then each distinct material once with the members using it. */
export async function renderBundleChecklist(input: { code: string; situations: readonly string[]; optional: readonly string[] }, t: Label, now = new Date()) {
  const guide = await getBundleGuide(input.code);
  if (!guide) throw new AppError('NOT_FOUND');
  const choice = {
    situations: input.situations.filter((s) => guide.situations.includes(s)),
    optional: input.optional.filter((c) => guide.members.some((m) => m.code === c)),
  };
  const tailored = tailorBundle(guide.members, choice);
  const guideUrl = new URL(`/services/bundles/${encodeURIComponent(guide.code)}${choiceQuery(choice)}`, env.PUBLIC_BASE_URL);
  const header = (text: string): TableCell => ({ text, bold: true, fillColor: '#eef2f7', alignment: 'center' });
  const content: Content[] = [
    ...(await checklistHead(t, {
      name: guide.name,
      facts: [
        `${t('bundles.lead')}：${guide.leadDepartment}`,
        `${t('bundles.promised')}：${guide.promisedLimitDays} · ${t('bundles.memberSum')}：${tailored.memberPromisedSum}`,
      ],
      chosen: choice.situations,
      guideUrl,
      now,
    })),
    {
      table: {
        headerRows: 1,
        widths: [28, '*', 120, 60],
        body: [
          [header(t('catalogPublic.checklist.number')), header(t('bundles.item')), header(t('catalog.department')), header(t('catalog.promisedLimit'))],
          ...tailored.members.map((m, i): TableCell[] => [
            { text: String(i + 1), alignment: 'center' },
            { text: m.name },
            { text: m.department, fontSize: 9 },
            { text: String(m.promisedLimitDays), alignment: 'center' },
          ]),
        ],
      },
      margin: [0, 0, 0, 12],
    },
    {
      table: {
        headerRows: 1,
        widths: [28, '*', 44, 32, 140],
        body: [
          [
            header(t('catalogPublic.checklist.number')),
            header(t('catalogPublic.checklist.material')),
            header(t('catalogPublic.checklist.form')),
            header(t('catalogPublic.checklist.copies')),
            header(t('bundles.usedByHeader')),
          ],
          ...tailored.materials.map((m, i): TableCell[] => [
            { text: String(i + 1), alignment: 'center' },
            { text: m.name },
            { text: t(`materialForm.${m.form}`), alignment: 'center' },
            { text: String(m.copies), alignment: 'center' },
            {
              text: [memberNames(m.uses).join('、'), m.certificateType ? t('catalog.replacedBy', { type: m.certificateType }) : null]
                .filter(Boolean)
                .join('；'),
              fontSize: 9,
            },
          ]),
        ],
      },
      layout: { hLineColor: () => '#999999', vLineColor: () => '#999999' },
    },
    // Materials a prerequisite member's result will be: not handed in (docs/bundles-flow.md).
    ...tailored.fromMembers.map((f, i): Content => ({
      text: `${i === 0 ? `${t('bundleFlow.fromMembers', { count: tailored.fromMembers.length })}\n` : ''}${f.name}：${t('bundleFlow.fromMember', { producer: f.producer.name })}（${memberNames(f.uses).join('、')}）`,
      fontSize: 9,
      margin: [0, i === 0 ? 10 : 2, 0, 0],
    })),
  ];
  const bytes = await renderPdf({ info: { title: `${guide.name} ${t('catalogPublic.checklist.title')}`, creator: t('site.center') }, content });
  return { bytes, filename: `${guide.name}-${t('catalogPublic.checklist.title')}.pdf` };
}
