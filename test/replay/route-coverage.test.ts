import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORDINGS } from '../contract/recording.js';
import type { Recording } from '../contract/recording.js';

/**
 * Every Blnk Core route the gateway's client calls appears in at least one recording of real Blnk,
 * so the replay (recordings.test.ts) keeps the sandbox honest on each of them. The routes are read
 * from src/blnk/core-client.ts itself (Blnk Cloud sends the same routes behind its proxy), so a
 * new client method without a recorded exchange fails here.
 */
const source = readFileSync(new URL('../../src/blnk/core-client.ts', import.meta.url), 'utf8');

function clientRoutes(text: string): string[] {
  const routes = new Set<string>();
  for (const m of text.matchAll(/this\.(?:core|call)\('(GET|POST|PUT|DELETE)',\s*'(\/[^']*)'/g)) routes.add(`${m[1]} ${m[2]}`);
  // `const route = '…';` then `this.call('GET', route, …)` a line or two below.
  for (const m of text.matchAll(/const route = '(\/[^']*)';[\s\S]{0,200}?this\.(?:core|call)\('(GET|POST|PUT|DELETE)',\s*route\b/g)) {
    routes.add(`${m[2]} ${m[1]}`);
  }
  for (const m of text.matchAll(/this\.read\('(\w+)'/g)) routes.add(`GET /${m[1]}/:id`);
  for (const m of text.matchAll(/this\.filter\('(\w+)'/g)) routes.add(`POST /${m[1]}/filter`);
  // Blnk Cloud's own surfaces have no real-Blnk recording: Core's routes are what Cloud proxies.
  return [...routes].filter((r) => !/ \/(data|proxy)\b/.test(r)).sort();
}

function template(route: string): { method: string; re: RegExp } {
  const [method, path] = route.split(' ') as [string, string];
  return { method, re: new RegExp(`^${path.replace(/:\w+/g, '[^/?]+')}(\\?.*)?$`) };
}

describe('recordings cover the client', () => {
  const routes = clientRoutes(source);
  const steps = readdirSync(RECORDINGS)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(join(RECORDINGS, f), 'utf8')) as Recording).steps);

  it('reads the routes out of the client', () => {
    // A floor, so a broken parse fails instead of passing with nothing to check.
    expect(routes.length).toBeGreaterThanOrEqual(25);
    expect(routes).toContain('GET /balances/:id');
    expect(routes).toContain('PUT /transactions/inflight/:txID');
    expect(routes).toContain('POST /transactions/filter');
  });

  it('has a recorded real-Blnk exchange for every route the client calls', () => {
    const missing = routes.filter((route) => {
      const { method, re } = template(route);
      return !steps.some((s) => s.method === method && re.test(s.path));
    });
    expect(missing).toEqual([]);
  });
});
