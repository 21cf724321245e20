// Which top-level message namespaces the client components under a folder of
// src/app use, found by reading the sources: the 'use client' files there and
// every 'use client' module they reach through `@/` and relative imports.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const src = path.join(root, 'src');

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(src, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, 'index.tsx'), path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const isClient = (text: string) => /^\s*['"]use client['"]/m.test(text.split('\n').slice(0, 3).join('\n'));

/** The namespaces one client file translates with: `useTranslations('a.b')` gives `a.b`; a root `useTranslations()` gives every `t('a.…')`/`` t(`a.${…}`) `` literal's `a`. */
function namespacesOf(text: string, known: Set<string>): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/useTranslations\(\s*['"]([\w.-]+)/g)) found.add(m[1]);
  if (/useTranslations\(\s*\)/.test(text)) {
    for (const m of text.matchAll(/\b\w+(?:\.has)?\(\s*['"`]([\w-]+)\./g)) if (known.has(m[1])) found.add(m[1]);
  }
  return [...found];
}

/** Namespaces needed by the client components rendered from `dir` (a folder of src/app), or from the given entry files. */
export function clientNamespacesFor(entries: string[], known: Set<string>): Set<string> {
  const seen = new Set<string>();
  const needed = new Set<string>();
  // Server files are walked too (they import the client ones); only client code adds namespaces.
  // A module a client file imports runs in the browser too, 'use client' or not (a shared note
  // component used by a server page and a client form), so it counts as client there.
  const queue: { file: string; client: boolean }[] = entries.map((file) => ({ file, client: false }));
  while (queue.length > 0) {
    const { file, client: inherited } = queue.pop()!;
    const key = `${inherited ? 'c' : 's'}:${file}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = fs.readFileSync(file, 'utf8');
    const client = inherited || isClient(text);
    if (client) for (const ns of namespacesOf(text, known)) needed.add(ns);
    for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
      const target = resolveImport(file, m[1]);
      if (target && !target.includes(`${path.sep}lib${path.sep}`)) queue.push({ file: target, client });
    }
  }
  return needed;
}

export function appFiles(relativeDir: string): string[] {
  return filesUnder(path.join(src, 'app', relativeDir));
}
