import 'server-only';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { env } from '@/env';
import { AppError } from '@/lib/errors';
import { checklistMaterials } from './required-materials';
import { checklistHead } from '@/lib/pdf/checklist-head';
import { renderPdf } from '@/lib/pdf/render-pdf';
import { getServiceGuide } from './get-service-guide';

type Label = (key: string, values?: Record<string, string | number>) => string;

/** The situations of the guide among those asked for, in the guide's order; unknown ids are ignored. */
function chosenSituations(guide: { situations: { id: string; name: string }[] }, asked: readonly string[]) {
  return guide.situations.filter((s) => asked.includes(s.id));
}

/** The tailored checklist of materials (申请材料清单) of an item's published guide, as an A4 PDF. */
export async function renderChecklist(input: { code: string; situationIds: readonly string[] }, t: Label, now = new Date()) {
  const guide = await getServiceGuide(input.code);
  if (!guide) throw new AppError('NOT_FOUND');
  const chosen = chosenSituations(guide, input.situationIds);
  const materials = checklistMaterials(
    guide.materials,
    chosen.map((s) => s.id),
  );
  const guideUrl = new URL(`/services/${encodeURIComponent(guide.code)}`, env.PUBLIC_BASE_URL);
  for (const s of chosen) guideUrl.searchParams.append('s', s.id);

  const header = (text: string): TableCell => ({ text, bold: true, fillColor: '#eef2f7', alignment: 'center' });
  const rows: TableCell[][] = [
    [
      header(t('catalogPublic.checklist.number')),
      header(t('catalogPublic.checklist.material')),
      header(t('catalogPublic.checklist.form')),
      header(t('catalogPublic.checklist.copies')),
      header(t('catalogPublic.checklist.remarks')),
    ],
    ...materials.map((m, i): TableCell[] => [
      { text: String(i + 1), alignment: 'center' },
      { text: m.name },
      { text: t(`materialForm.${m.form}`), alignment: 'center' },
      { text: String(m.copies), alignment: 'center' },
      {
        text: [
          m.required ? null : m.ifApplicable ? t('catalog.ifApplicable') : t('catalog.conditional'),
          m.note,
          m.certificateType ? t('catalog.replacedBy', { type: m.certificateType }) : null,
        ]
          .filter(Boolean)
          .join('；'),
        fontSize: 9,
      },
    ]),
  ];
  const content: Content[] = [
    ...(await checklistHead(t, {
      name: guide.name,
      facts: [t('catalogPublic.checklist.itemCode', { code: guide.code }), `${t('catalog.department')}：${guide.department}`],
      chosen: chosen.map((s) => s.name),
      guideUrl,
      now,
    })),
    { table: { headerRows: 1, widths: [28, '*', 44, 32, 130], body: rows }, layout: { hLineColor: () => '#999999', vLineColor: () => '#999999' } },
    {
      text: t('catalogPublic.checklist.footer', { name: guide.name, version: guide.version, phone: guide.contactPhone }),
      fontSize: 9,
      color: '#555555',
      margin: [0, 16, 0, 0],
    },
  ];
  const bytes = await renderPdf({
    info: { title: `${guide.name} ${t('catalogPublic.checklist.title')}`, creator: t('site.center') },
    content,
  });
  return { bytes, filename: `${guide.name}-${t('catalogPublic.checklist.title')}.pdf` };
}
