import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ActionForm } from '@/components/forms/action-form';
import { lineOf, sourceFiles } from '../support/source-files';

/**
 * One rule for every form: `noValidate`. With it the browser sends the form and
 * the server's zod messages, translated, say what is missing; without it
 * Chromium stops at a `required` select with its own bubble in the browser's
 * language ("Please select an item in the list.") on a Chinese page.
 */
function formsWithoutNoValidate(file: string, text: string): string[] {
  return [...text.matchAll(/<form(?=[\s>])/g)]
    .filter((m) => !/^\s*(\*|\/\/)/.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index)))
    .filter((m) => !/\bnoValidate\b/.test(openingTag(text, m.index)))
    .map((m) => `${file}:${lineOf(text, m.index)}`);
}

/** The JSX opening tag at `start`, up to its `>` outside braces. */
function openingTag(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') depth--;
    else if (text[i] === '>' && depth === 0) return text.slice(start, i + 1);
  }
  return text.slice(start);
}

describe('forms', () => {
  it('all have noValidate in src', () => {
    const files = sourceFiles();
    expect(files.filter((f) => /<form[\s>]/.test(f.text)).length).toBeGreaterThan(30);
    expect(files.flatMap(({ file, text }) => formsWithoutNoValidate(file, text))).toEqual([]);
  });

  it('are found without it, over several lines and past arrow functions', () => {
    const text = `// a <form> in a comment\nconst a = <form action={x} className="y">;\nconst b = (\n  <form\n    onSubmit={(e) => e.preventDefault()}\n    noValidate\n  >\n);`;
    expect(formsWithoutNoValidate('a.tsx', text)).toEqual(['a.tsx:2']);
  });

  it('ActionForm sets noValidate whatever it is given', () => {
    const form = { state: null, action: () => {}, submit: () => {}, formError: null, fieldErrors: {}, formRef: { current: null } };
    const html = renderToStaticMarkup(createElement(ActionForm, { form, noValidate: false }, createElement('select', { name: 'kind', required: true })));
    expect(html).toMatch(/^<form[^>]*\snoValidate=""/i);
  });
});
