// scripts/observability.mjs: the pieces of the JSON logs and metrics that need no server.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the server scripts, without types
import { createLogger, requestContext, requestIdOf, routeGroup } from '../../scripts/observability.mjs';

describe('metrics labels', () => {
  it('label a path by its first segment only, so the number of series stays bounded', () => {
    expect(routeGroup('/services/110000-0001?q=护照')).toBe('/services');
    expect(routeGroup('/me/applications/abc')).toBe('/me');
    expect(routeGroup('/_next/static/chunks/x.js')).toBe('/_next');
    expect(routeGroup('/')).toBe('/');
    expect(routeGroup('/open311')).toBe('/open311');
    // Anything a client can vary freely falls into one label.
    expect(routeGroup('/%E4%B8%AD%E6%96%87')).toBe('/other');
    expect(routeGroup(`/${'a'.repeat(200)}`)).toBe('/');
    expect(routeGroup('/x;drop')).toBe('/other');
  });
});

describe('request ids', () => {
  const req = (id?: string | string[]) => ({ headers: id === undefined ? {} : { 'x-request-id': id } });
  it('keep the load balancer’s id when it is a plain token, else make a new one', () => {
    expect(requestIdOf(req('haproxy-7f3a:1234'))).toBe('haproxy-7f3a:1234');
    for (const bad of ['', 'a b', 'x\nforged log line', 'a'.repeat(129), ['a', 'b']]) {
      const id = requestIdOf(req(bad));
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(requestIdOf(req())).not.toBe(requestIdOf(req()));
  });

  it('are on every line logged inside the request, through awaits', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const logger = createLogger('test', sink);
    await requestContext.run({ requestId: 'r-1' }, async () => {
      logger.info('before');
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.error('after');
    });
    logger.info('outside');
    expect(lines.every((l) => l.component === 'test' && typeof l.time === 'string' && typeof l.level === 'string')).toBe(true);
    expect(lines.map((l) => [l.msg, l.requestId])).toEqual([
      ['before', 'r-1'],
      ['after', 'r-1'],
      ['outside', undefined],
    ]);
  });
});
