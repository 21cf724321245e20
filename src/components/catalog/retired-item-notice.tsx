import Link from '@/components/ui/link';
import { getTranslations } from '@/i18n/server';
import { ButtonLink } from '@/components/ui/button';

type RetiredItem = {
  code: string;
  name: string;
  status: 'CANCELLED' | 'MERGED' | 'SPLIT' | 'ACTIVE';
  successors: { kind: 'MERGE' | 'SPLIT'; code: string; name: string }[];
  bundle?: { code: string; name: string } | null;
};

/** Where to go instead: the successor's name as a large link, its code beside it. */
function SuccessorLink({ href, name, code }: { href: string; name: string; code: string }) {
  return (
    <>
      <Link href={href} className="inline-flex min-h-10 items-center rounded-md bg-brand-50 px-4 font-medium text-brand-800 underline-offset-2 hover:underline">
        {name}
      </Link>
      <span className="ml-2 text-xs text-slate-500">{code}</span>
    </>
  );
}

/** The guide address of an item no longer offered: what became of it, and where to apply now. */
export async function RetiredItemNotice({ item }: { item: RetiredItem }) {
  const t = await getTranslations('succession.public');
  const status = item.status === 'ACTIVE' ? 'CANCELLED' : item.status;
  return (
    <article className="rounded-xl border border-amber-200 bg-white p-6 shadow-sm">
      <p className="text-sm font-medium text-amber-800">{t(`badge${status}`)}</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">{item.name}</h1>
      <p className="mt-1 text-sm text-slate-600">{t('code', { code: item.code })}</p>
      <p className="mt-4 text-slate-800">{item.bundle ? t('noticeBundle') : t(`notice${status}`)}</p>
      {item.bundle && (
        <section aria-labelledby="bundle-successor-title" className="mt-4">
          <h2 id="bundle-successor-title" className="text-base font-semibold text-slate-900">
            {t('bundleSuccessor')}
          </h2>
          <p className="mt-2">
            <SuccessorLink href={`/services/bundles/${encodeURIComponent(item.bundle.code)}`} name={item.bundle.name} code={item.bundle.code} />
          </p>
        </section>
      )}
      {item.successors.length > 0 && (
        <section aria-labelledby="successors-title" className="mt-4">
          <h2 id="successors-title" className="text-base font-semibold text-slate-900">
            {status === 'MERGED' ? t('mergedInto') : t('splitInto')}
          </h2>
          <ul className="mt-2 space-y-2">
            {item.successors.map((s) => (
              <li key={s.code}>
                <SuccessorLink href={`/services/${encodeURIComponent(s.code)}`} name={s.name} code={s.code} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="mt-6">
        <ButtonLink href="/services" variant="secondary">
          {t('search')}
        </ButtonLink>
      </div>
    </article>
  );
}
