// scripts/heap-flags.mjs: the V8 heap bound of each app process of scripts/server.mjs.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the server scripts, without types
import { heapFlags } from '../../scripts/heap-flags.mjs';

describe('heap flags of the app processes', () => {
  it('bound the old generation at 320 MB and leave the young one to V8 by default', () => {
    expect(heapFlags({}, [])).toEqual(['--max-old-space-size=320']);
  });

  it('follow APP_OLD_SPACE_MB and APP_SEMI_SPACE_MB; 0 leaves V8 its default', () => {
    expect(heapFlags({ APP_OLD_SPACE_MB: '512', APP_SEMI_SPACE_MB: '32' }, [])).toEqual(['--max-old-space-size=512', '--max-semi-space-size=32']);
    expect(heapFlags({ APP_OLD_SPACE_MB: '0' }, [])).toEqual([]);
  });

  it('give way to a flag the operator already gave node, in NODE_OPTIONS or on the command line', () => {
    expect(heapFlags({ NODE_OPTIONS: '--enable-source-maps --max-old-space-size=1024' }, [])).toEqual([]);
    expect(heapFlags({ APP_SEMI_SPACE_MB: '32' }, ['--max-semi-space-size=8'])).toEqual(['--max-old-space-size=320']);
  });

  it('are flags node takes, and bound the heap it reports', () => {
    const r = spawnSync(process.execPath, [...heapFlags({}, []), '-e', 'console.log(require("v8").getHeapStatistics().heap_size_limit)'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const mb = Number(r.stdout.trim()) / 1024 / 1024;
    // The limit V8 reports adds the young generation: three semi-spaces, up to 32 MB each by default.
    expect(mb).toBeGreaterThanOrEqual(320);
    expect(mb).toBeLessThanOrEqual(320 + 3 * 32);
  });
});
