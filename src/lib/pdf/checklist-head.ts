import 'server-only';
import type { Content } from 'pdfmake/interfaces';
import { shanghaiDate } from '@/lib/clock/calendar';
import { qrDataUrl } from './qr-data-url';

type Label = (key: string, values?: Record<string, string | number>) => string;

/**
 * The head an item's and a bundle's checklist both open with: the center, the
 * title, the name, then the facts and the chosen situations beside a QR code
 * back to the guide. One head for both, so a checklist handed across the
 * counter reads the same whichever kind it is.
 */
export async function checklistHead(t: Label, head: { name: string; facts: string[]; chosen: string[]; guideUrl: URL; now: Date }): Promise<Content[]> {
  return [
    { text: t('site.center'), alignment: 'center', fontSize: 12, color: '#555555' },
    { text: t('catalogPublic.checklist.title'), alignment: 'center', fontSize: 20, bold: true, margin: [0, 6, 0, 4] },
    { text: head.name, alignment: 'center', fontSize: 14, margin: [0, 0, 0, 12] },
    {
      columns: [
        {
          width: '*',
          stack: [
            ...head.facts,
            head.chosen.length ? t('catalogPublic.checklist.chosen', { situations: head.chosen.join('、') }) : t('catalogPublic.checklist.noneChosen'),
            t('catalogPublic.checklist.generatedOn', { date: shanghaiDate(head.now) }),
          ],
          fontSize: 10,
          lineHeight: 1.5,
        },
        {
          width: 72,
          stack: [
            { image: await qrDataUrl(head.guideUrl.toString()), width: 64 },
            { text: t('catalogPublic.checklist.scan'), fontSize: 7, color: '#555555' },
          ],
        },
      ],
      margin: [0, 0, 0, 12],
    },
  ];
}
