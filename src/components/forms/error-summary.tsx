'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { controlsFor, type ErrorSummaryState } from './use-error-summary';

type Line = { key: string; href: string | null; label: string; messages: string[] };

/** The words a person reads for a control: its data-error-label, its label, its aria-label, or its group's legend; with its section and row (data-error-context). */
function labelOf(control: HTMLElement | undefined, key: string): string {
  if (!control) return '';
  const own =
    control.dataset.errorLabel ??
    (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')
      ? control.closest('fieldset')?.querySelector('legend')?.textContent
      : null) ??
    ('labels' in control ? (control as HTMLInputElement).labels?.[0]?.textContent : null) ??
    control.getAttribute('aria-label') ??
    control.closest('fieldset')?.querySelector('legend')?.textContent ??
    key;
  // Repeated rows name a field the same in every row: the section and the row (data-error-context, outermost first) tell them apart.
  const context: string[] = [];
  for (let at = control.parentElement?.closest<HTMLElement>('[data-error-context]'); at; at = at.parentElement?.closest<HTMLElement>('[data-error-context]')) {
    if (at.dataset.errorContext) context.unshift(at.dataset.errorContext);
  }
  const label = own.replace(/\s*\*\s*$/, '').trim();
  return [...context, label].join(' · ');
}

/** Resolves a field's control and label on the page, after React has rendered the form. */
function linesFor(form: HTMLFormElement | null, errors: Record<string, string[]>): Line[] {
  return Object.entries(errors).map(([key, messages]) => {
    const controls = form ? controlsFor(form, key) : [];
    const target = controls.find((c) => c instanceof HTMLInputElement && c.checked) ?? controls[0];
    return { key, href: target?.id ? `#${target.id}` : null, label: labelOf(target, key), messages };
  });
}

/**
 * The GOV.UK error summary: at the top of a refused form, a heading and every
 * invalid field as a link to it; it takes the focus when the form comes back
 * refused, and loses a line as soon as that field is fixed (useErrorSummary).
 * Without field errors it shows the form's error alone (a conflict, a refused upload).
 */
export function ErrorSummary({ at, failed, code, formError, errors, formRef }: ErrorSummaryState) {
  const t = useTranslations('errorSummary');
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const [lines, setLines] = useState<Line[]>([]);
  const errorsText = JSON.stringify(errors);

  // Labels are read from the rendered form, so every form (and every repeated row) names its fields once, in its markup.
  useLayoutEffect(() => {
    setLines(linesFor(formRef.current, JSON.parse(errorsText) as Record<string, string[]>));
  }, [formRef, errorsText]);

  useEffect(() => {
    if (failed) ref.current?.focus();
  }, [at, failed]);

  const count = Object.keys(errors).length;
  // Once every field is fixed the generic "check the fields" message has nothing left to point at.
  if (!failed || !formError || (count === 0 && code === 'INVALID_INPUT')) return null;
  const shown = lines.map((l) => l.key).join('\n') === Object.keys(errors).join('\n') ? lines : linesFor(null, errors);

  function follow(event: MouseEvent<HTMLAnchorElement>, href: string) {
    const control = document.getElementById(href.slice(1));
    if (!control) return;
    event.preventDefault();
    // The label above the control comes into view with it, as in GOV.UK's summary.
    (control.closest('fieldset, li, div') ?? control).scrollIntoView({ block: 'start' });
    control.focus({ preventScroll: true });
  }

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={headingId}
      data-error-summary=""
      className="rounded-md border-2 border-seal-600 bg-white px-4 py-3 text-sm text-slate-900 outline-none focus-visible:ring-4 focus-visible:ring-amber-400"
    >
      <h2 id={headingId} className="text-base font-semibold text-seal-700">
        {count > 0 ? t('title', { count }) : formError}
      </h2>
      {count > 0 && code !== 'INVALID_INPUT' && <p className="mt-1 text-slate-700">{formError}</p>}
      {count > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {shown.map((line) => (
            <li key={line.key}>
              {line.href ? (
                <a
                  href={line.href}
                  onClick={(e) => follow(e, line.href!)}
                  className="font-medium text-seal-700 underline underline-offset-2 hover:text-seal-600"
                >
                  {line.label ? t('line', { label: line.label, message: line.messages.join('；') }) : line.messages.join('；')}
                </a>
              ) : (
                <span className="text-seal-700">
                  {line.label ? t('line', { label: line.label, message: line.messages.join('；') }) : line.messages.join('；')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
