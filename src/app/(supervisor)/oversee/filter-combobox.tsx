'use client';
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';

type Choice = { id: string; name: string };

const nothingToWatch = () => () => {};

/** The texts of the field, translated by the page: the board sends no message catalog to the browser. */
export type FilterComboboxTexts = { label: string; placeholder: string; hint: string; count: string; none: string; error: string };

/**
 * A department or item filter of the board as a type-ahead (WAI-ARIA combobox
 * with a list box): the suggestions come from /api/oversee/filter-choices as the
 * supervisor types; arrow keys move, Enter picks, Escape closes. The pick goes
 * into the form as `<field>Id`, so the URL, links and the back button work as
 * with the selects it replaced. Without JavaScript, or when the name is typed and
 * not picked, the form sends the name as `<field>` and the page looks it up.
 */
export function FilterCombobox({
  field,
  chosen: initial,
  text: initialText,
  texts,
}: {
  field: 'department' | 'item';
  chosen: Choice | null;
  text: string;
  texts: FilterComboboxTexts;
}) {
  const [text, setText] = useState(initialText);
  const [chosen, setChosen] = useState(initial);
  const [choices, setChoices] = useState<Choice[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<AbortController>(undefined);
  const id = useId();
  // False in the server's HTML (the form must work before, or without, JavaScript), true once running in the browser.
  const hydrated = useSyncExternalStore(
    nothingToWatch,
    () => true,
    () => false,
  );
  useEffect(() => () => clearTimeout(timer.current), []);

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function lookUp(q: string) {
    clearTimeout(timer.current);
    pending.current?.abort();
    if (!q.trim()) {
      setChoices([]);
      setStatus('');
      return close();
    }
    // A short pause: one request per word typed rather than per key.
    timer.current = setTimeout(async () => {
      const request = new AbortController();
      pending.current = request;
      try {
        const res = await fetch(`/api/oversee/filter-choices?${new URLSearchParams({ field, q: q.trim().slice(0, 40) })}`, { signal: request.signal });
        if (!res.ok) throw new Error(`filter choices: ${res.status}`);
        const found = (await res.json()) as Choice[];
        setChoices(found);
        setActive(-1);
        setOpen(found.length > 0);
        setStatus(found.length ? texts.count.replace('#', String(found.length)) : texts.none);
      } catch (error) {
        if (request.signal.aborted) return;
        console.error(error);
        setChoices([]);
        close();
        setStatus(texts.error);
      }
    }, 200);
  }

  function pick(choice: Choice) {
    setChosen(choice);
    setText(choice.name);
    setChoices([]);
    setStatus('');
    close();
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return choices.length ? setOpen(true) : lookUp(text);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + choices.length) % choices.length);
    } else if (e.key === 'Enter' && open && active >= 0) {
      // Enter on a suggestion picks it; otherwise it submits the form as usual.
      e.preventDefault();
      pick(choices[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  }

  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  return (
    <div className="relative">
      <label className="control-label">
        {texts.label}
        <input
          type="text"
          role="combobox"
          // Once a suggestion is picked its id says it all: the name stays out of the URL.
          name={hydrated && chosen ? undefined : field}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setChosen(null);
            lookUp(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
          maxLength={40}
          autoComplete="off"
          placeholder={texts.placeholder}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? `${id}-${active}` : undefined}
          aria-describedby={hintId}
          className="control"
        />
      </label>
      <input type="hidden" name={`${field}Id`} value={chosen?.id ?? ''} />
      <p id={hintId} className="sr-only">
        {texts.hint}
      </p>
      <ul id={listId} role="listbox" aria-label={texts.label} hidden={!open} className="combo-list">
        {choices.map((c, i) => (
          <li
            key={c.id}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            // Keeps the focus in the input, so the blur does not close the list before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(c)}
            className="combo-option"
          >
            {c.name}
          </li>
        ))}
      </ul>
      <p role="status" className={status && !open ? 'mt-1 text-xs text-slate-600' : 'sr-only'}>
        {status}
      </p>
    </div>
  );
}
