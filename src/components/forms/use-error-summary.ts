'use client';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ActionState } from '@/lib/action';

/** The controls that answer to one field error's key (`contactName`, `answers.area`, `material.<id>`, `materials.0.name` …). */
export function controlsFor(form: HTMLFormElement, key: string): HTMLElement[] {
  const escaped = CSS.escape(key);
  // A form may point a key at its control itself (a radio group, a control named otherwise).
  const marked = form.querySelector<HTMLElement>(`[data-error-for="${escaped}"]`);
  if (marked) return [marked];
  const byId = form.querySelector<HTMLElement>(`#${escaped}`);
  if (byId) return [byId];
  const byName = form.querySelectorAll<HTMLElement>(`[name="${escaped}"]`);
  if (byName.length > 0) return [...byName];
  // The material forms name their uploads `file:<id>` and report them as `material.<id>`.
  const material = /^material\.(.+)$/.exec(key);
  if (material) {
    const files = form.querySelectorAll<HTMLElement>(`[name="${CSS.escape(`file:${material[1]}`)}"]`);
    if (files.length > 0) return [...files];
  }
  // A line of a list (`legalBasis.2`) belongs to the list's control; a whole list (`materials`) to its first row.
  const parent = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : null;
  if (parent && /^\d+$/.test(key.slice(key.lastIndexOf('.') + 1))) {
    const list = controlsFor(form, parent);
    if (list.length > 0) return list;
  }
  const row = form.querySelector<HTMLElement>(`[name^="${escaped}."]`);
  return row ? [row] : [];
}

/** What a set of controls holds now, to tell whether the person changed it since the error. */
function valueOf(controls: HTMLElement[]): string {
  return controls
    .map((c) => {
      if (c instanceof HTMLInputElement) {
        if (c.type === 'checkbox' || c.type === 'radio') return c.checked ? `${c.value}:on` : '';
        if (c.type === 'file') return [...(c.files ?? [])].map((f) => `${f.name}/${f.size}`).join('|');
      }
      return 'value' in c ? String((c as HTMLInputElement).value) : '';
    })
    .join('\u0000');
}

/** The browser's own checks (required, length, type) pass on every control of the field. */
function passesOwnChecks(controls: HTMLElement[]): boolean {
  return controls.every((c) => !('checkValidity' in c) || (c as HTMLInputElement).checkValidity());
}

export type ErrorSummaryState = {
  /** Changes with every result of the action: the summary takes the focus on each failed one. */
  at: number;
  failed: boolean;
  /** The action's error code: INVALID_INPUT is what the field lines say, anything else is said above them. */
  code: string | null;
  formError: string | null;
  /** The field errors still standing, in the order the action gave them. */
  errors: Record<string, string[]>;
  formRef: RefObject<HTMLFormElement | null>;
};

/**
 * The field errors of a form's last result, less those the person has fixed
 * since: a field's error goes as soon as it holds something other than what
 * was refused and passes the browser's own checks (the server checks again
 * on the next submit), and comes back if the refused value is typed again.
 */
export function useErrorSummary(
  state: ActionState,
  text: { formError: string | null; fieldErrors: Record<string, string[]> },
  formRef?: RefObject<HTMLFormElement | null>,
) {
  const ownRef = useRef<HTMLFormElement>(null);
  const ref = formRef ?? ownRef;
  const at = state?.at ?? 0;
  const failed = state !== null && !state.ok;
  const [fixed, setFixed] = useState<{ at: number; keys: string[] }>({ at: 0, keys: [] });
  const fixedKeys = fixed.at === at ? fixed.keys : [];
  const errors = Object.fromEntries(Object.entries(text.fieldErrors).filter(([key]) => !fixedKeys.includes(key)));
  const keysText = Object.keys(text.fieldErrors).join('\n');

  useEffect(() => {
    const form = ref.current;
    const keys = keysText ? keysText.split('\n') : [];
    if (!form || !failed || keys.length === 0) return;
    const refused = new Map(keys.map((key) => [key, valueOf(controlsFor(form, key))]));
    const timers = new Set<ReturnType<typeof setTimeout>>();
    // Judged after React has handled the same event: this listener runs before React's own (on the root), and a
    // state update here would re-render a controlled input with its old value before its onChange had seen the new one.
    const check = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        judge(target);
      }, 0);
      timers.add(timer);
    };
    const judge = (target: HTMLElement) => {
      for (const key of keys) {
        const controls = controlsFor(form, key);
        if (!controls.some((c) => c === target || c.contains(target))) continue;
        const isFixed = valueOf(controls) !== refused.get(key) && passesOwnChecks(controls);
        setFixed((prev) => {
          const now = prev.at === at ? prev.keys : [];
          if (isFixed === now.includes(key)) return prev.at === at ? prev : { at, keys: now };
          return { at, keys: isFixed ? [...now, key] : now.filter((k) => k !== key) };
        });
      }
    };
    form.addEventListener('input', check);
    form.addEventListener('change', check);
    return () => {
      for (const timer of timers) clearTimeout(timer);
      form.removeEventListener('input', check);
      form.removeEventListener('change', check);
    };
  }, [ref, at, failed, keysText]);

  const summary: ErrorSummaryState = { at, failed, code: failed ? state.error : null, formError: text.formError, errors, formRef: ref };
  return { formRef: ref, fieldErrors: errors, summary };
}
