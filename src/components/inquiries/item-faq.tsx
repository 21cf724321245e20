import { TextLink } from '@/components/ui/text-link';
import { getTranslations } from '@/i18n/server';
import { Card } from '@/components/ui/card';
import { listFaq } from '@/lib/inquiries/list-faq';

/** 常见问题 of an item (answered questions staff published) and the way to ask a new one. */
export async function ItemFaq({ code }: { code: string }) {
  const [t, faq] = await Promise.all([getTranslations('inquiries'), listFaq(code)]);
  if (!faq) return null;
  return (
    <Card title={t('faqTitle')}>
      {faq.entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t('faqEmpty')}</p>
      ) : (
        <dl className="space-y-4 text-sm">
          {faq.entries.map((e) => (
            <div key={e.id}>
              <dt className="font-medium text-slate-800">
                {t('q')}
                {e.question}
              </dt>
              <dd className="mt-1 whitespace-pre-wrap text-slate-700">
                {t('a')}
                {e.answer}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="mt-4 text-sm">
        <TextLink href={`/me/inquiries?item=${faq.itemId}`}>{t('askLink')}</TextLink>
      </p>
    </Card>
  );
}
