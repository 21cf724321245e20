import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientNamespaces, type ClientArea } from '../../src/i18n/client-namespaces';
import zh from '../../src/i18n/messages/zh-CN';
import { appFiles, clientNamespacesFor } from '../support/client-namespaces';

// The folder of src/app whose layout hands each area's messages to the browser.
const areaDirs: Record<Exclude<ClientArea, 'root'>, string> = {
  admin: '(admin)',
  applicant: '(applicant)',
  department: '(department)',
  supervisor: '(supervisor)',
  window: '(window)',
  login: '(public)/login',
  track: '(public)/track',
  activate: '(public)/activate',
  hall: '(public)/hall',
};
const known = new Set(Object.keys(zh));

describe('messages handed to client components', () => {
  for (const [area, dir] of Object.entries(areaDirs) as [Exclude<ClientArea, 'root'>, string][]) {
    it(`gives the client components of ${dir} every namespace they translate with`, () => {
      const needed = clientNamespacesFor(appFiles(dir), known);
      const given = new Set<string>([...clientNamespaces.root, ...clientNamespaces[area]]);
      expect([...needed].filter((ns) => !given.has(ns))).toEqual([]);
      expect(appFiles(dir).some((f) => f.endsWith(`${dir.split('/').pop()}${path.sep}layout.tsx`))).toBe(true);
    });
  }

  it('needs only the root namespaces for client components outside those areas', () => {
    const inArea = (f: string) => Object.values(areaDirs).some((d) => f.includes(`${path.sep}app${path.sep}${d}${path.sep}`));
    const rest = appFiles('.').filter((f) => !inArea(f));
    const needed = clientNamespacesFor(rest, known);
    expect([...needed].filter((ns) => !(clientNamespaces.root as readonly string[]).includes(ns))).toEqual([]);
  });

  it('lists only namespaces that exist', () => {
    expect(Object.values(clientNamespaces).flat().filter((ns) => !known.has(ns))).toEqual([]);
  });
});
