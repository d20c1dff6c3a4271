import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import { client } from '../helpers/http.js';
import { denormaliseRequest, normaliseResponse, Placeholders } from '../contract/normalise.js';
import { RECORDINGS } from '../contract/recording.js';
import type { Recording, Step } from '../contract/recording.js';
import { ALLOWED } from './allow-list.js';

/**
 * Replays every exchange recorded from real Blnk (test/contract/recordings/, written by
 * `npm run test:blnk -- --record`) against a fresh sandbox, in order, and fails on any difference
 * in status, error code, body shape or value outside test/replay/allow-list.ts. This is how CI,
 * which has no Blnk binary, notices the sandbox drifting from the real server.
 */
const files = readdirSync(RECORDINGS)
  .filter((f) => f.endsWith('.json'))
  .sort();

interface Difference {
  path: string;
  recorded: unknown;
  sandbox: unknown;
}

/** Structural differences between two normalised bodies, by path. */
function differences(recorded: unknown, got: unknown, path = ''): Difference[] {
  if (recorded === got) return [];
  const bothObjects = recorded && got && typeof recorded === 'object' && typeof got === 'object';
  if (!bothObjects || Array.isArray(recorded) !== Array.isArray(got)) return [{ path: path || '(body)', recorded, sandbox: got }];
  const r = recorded as Record<string, unknown>;
  const g = got as Record<string, unknown>;
  const keys = new Set([...Object.keys(r), ...Object.keys(g)]);
  if (Array.isArray(recorded) && r.length !== g.length) {
    return [{ path: `${path || '(body)'}.length`, recorded: r.length, sandbox: g.length }];
  }
  const out: Difference[] = [];
  for (const k of keys) {
    const p = path ? `${path}.${k}` : k;
    if (!(k in r)) out.push({ path: p, recorded: '(absent)', sandbox: g[k] });
    else if (!(k in g)) out.push({ path: p, recorded: r[k], sandbox: '(absent)' });
    else out.push(...differences(r[k], g[k], p));
  }
  return out;
}

function allowed(file: string, step: Step, path: string): boolean {
  const matches = (pattern: string | RegExp, value: string) => (typeof pattern === 'string' ? pattern === value : pattern.test(value));
  return ALLOWED.some((a) => {
    if (!matches(a.file, file) || (a.test !== undefined && !matches(a.test, step.test))) return false;
    const re = new RegExp(
      `^${a.path
        .split('.')
        .map((s) => (s === '*' ? '[^.]+' : s.replace(/[^\w]/g, '\\$&')))
        .join('\\.')}$`,
    );
    return re.test(path);
  });
}

/** Replays one recording; answers every step's differences that no allow-list entry excuses. */
async function replay(recording: Recording): Promise<string[]> {
  const apiKey = recording.recordedFrom.secure ? `replay-${randomUUID()}` : undefined;
  const sandbox = await startSandbox({ port: 0, ...(apiKey ? { apiKey } : {}) });
  const call = client(sandbox.url);
  const names = new Placeholders();
  const problems: string[] = [];
  try {
    for (const [i, step] of recording.steps.entries()) {
      const path = denormaliseRequest(step.path, names, randomUUID);
      const body = step.body === undefined ? undefined : denormaliseRequest(step.body, names, randomUUID);
      const headers: Record<string, string> = Object.fromEntries(
        Object.entries(step.headers ?? {}).map(([k, v]) => [k, v === '<api-key>' ? (apiKey ?? '') : v]),
      );
      if (apiKey && !('x-blnk-key' in headers)) headers['x-blnk-key'] = apiKey;
      const send = () => call(step.method, path, { ...(body === undefined ? {} : { rawBody: body }), headers });
      const compare = (res: Awaited<ReturnType<typeof send>>, scratch: boolean) => {
        // A poll may be asked several times: number its ids on a copy until the answer is the one waited for.
        const into = scratch ? names.clone() : names;
        const got = res.json === undefined ? res.text : normaliseResponse(res.json, into);
        const diffs = differences(step.response, got).filter((d) => !allowed(recording.file, step, d.path));
        if (res.status !== step.status) diffs.unshift({ path: '(status)', recorded: step.status, sandbox: res.status });
        return diffs;
      };
      let res = await send();
      if (step.poll) {
        const deadline = Date.now() + 10_000;
        while (compare(res, true).length > 0 && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 50));
          res = await send();
        }
      }
      const diffs = compare(res, false);
      if (diffs.length > 0) {
        problems.push(
          `step ${i} (${step.test}) ${step.method} ${step.path}:\n` +
            diffs.map((d) => `  ${d.path}: real Blnk ${JSON.stringify(d.recorded)}, sandbox ${JSON.stringify(d.sandbox)}`).join('\n'),
        );
      }
    }
  } finally {
    await sandbox.close();
  }
  return problems;
}

describe('recordings of real Blnk replayed against the sandbox', () => {
  it('has recordings to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(file, async () => {
      const recording = JSON.parse(readFileSync(join(RECORDINGS, file), 'utf8')) as Recording;
      expect(recording.recordedFrom.binarySha256).toMatch(/^[0-9a-f]{64}$/);
      expect(await replay(recording)).toEqual([]);
    }, 60_000);
  }
});
