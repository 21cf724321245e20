import fs from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** Every TypeScript file under src (the generated Prisma client left out), with its path from src and its text. */
export function sourceFiles(dir = SRC): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [{ file: path.relative(SRC, full), text: fs.readFileSync(full, 'utf8') }] : [];
  });
}

/** The text between the parenthesis at `open` and its partner (strings and comments are not special: good enough for our code). */
export function parenthesized(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

export function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}
