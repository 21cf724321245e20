import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_CLIENT_NAMESPACES } from '@/components/i18n/client-messages';
import zh from '@/i18n/messages/zh-CN';
import { clientNamespacesFor } from '../support/client-namespaces';

const app = path.resolve(import.meta.dirname, '../../src/app');
const known = new Set(Object.keys(zh));

function dirsWith(name: string, dir = app): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? dirsWith(name, path.join(dir, e.name)) : e.name === name ? [dir] : []));
}

/** The namespaces a folder's layout hands to the browser, or null when it has no `<ClientMessages>`. */
function providedBy(dir: string): string[] | null {
  const file = path.join(dir, 'layout.tsx');
  if (!fs.existsSync(file)) return null;
  const m = fs.readFileSync(file, 'utf8').match(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/);
  return m ? [...m[1].matchAll(/'([\w.-]+)'/g)].map((x) => x[1]) : null;
}

/** The provider nearest above a page folder (the root layout's at least). */
function nearestProvider(dir: string): { dir: string; namespaces: string[] } {
  for (let d = dir; ; d = path.dirname(d)) {
    const given = providedBy(d);
    if (given) return { dir: d, namespaces: [...ROOT_CLIENT_NAMESPACES, ...given] };
    if (d === app) throw new Error('the root layout has no <ClientMessages>');
  }
}

describe('messages handed to client components', () => {
  const pages = dirsWith('page.tsx');

  it('finds the pages and the root provider', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(providedBy(app)).toEqual([]);
  });

  for (const dir of pages) {
    it(`gives the client components of ${path.relative(app, dir) || '/'} every namespace they translate with`, () => {
      // The page and the folder's error and loading files, and all they import (a form the folder
      // holds for its sub-pages only is not this page's).
      const files = ['page.tsx', 'error.tsx', 'loading.tsx', 'not-found.tsx'].map((f) => path.join(dir, f)).filter((f) => fs.existsSync(f));
      const needed = clientNamespacesFor(files, known);
      const { namespaces } = nearestProvider(dir);
      // 'a.b' is given by a provider of 'a.b' or of all of 'a'.
      const given = (ns: string) => namespaces.some((p) => ns === p || ns.startsWith(`${p}.`));
      expect([...needed].filter((ns) => !given(ns))).toEqual([]);
    });
  }

  it('lists only namespaces that exist', () => {
    const listed = dirsWith('layout.tsx').flatMap((d) => providedBy(d) ?? []);
    const exists = (ns: string) => ns.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], zh) !== undefined;
    expect(listed.filter((ns) => !exists(ns))).toEqual([]);
  });
});
