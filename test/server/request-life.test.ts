import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { Metrics } from '../../src/telemetry/metrics.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

// server/request-life.ts: the request id, the deadline, the one log line and the operation metrics.
let h: Harness;
let metrics: Metrics;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  metrics = new Metrics();
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  h = await startHarness({ sandbox: { seed: true }, metrics, logger: pino({ level: 'info' }, sink) });
});
afterAll(() => h.close());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  h.gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const linesOf = (requestId: string | null) => lines.filter((l) => l.msg === 'graphql operation' && l.requestId === requestId);

describe('a request life', () => {
  it("keeps the caller's plain request id, answers it, and logs one line under it", async () => {
    const res = await post({ query: `query One { balance(id: "${SEED_IDS.balances.adaUsd}") { id } }` }, { 'x-request-id': 'life-1' });
    expect(res.headers.get('x-request-id')).toBe('life-1');
    expect((await res.json()).errors).toBeUndefined();
    expect(linesOf('life-1')).toEqual([
      expect.objectContaining({ operation: 'One', type: 'query', outcome: 'ok', status: 200, upstreamCalls: 1 }),
    ]);
  });

  it('replaces a request id that is not a plain token with a fresh one, the same in the header and the line', async () => {
    const res = await post({ query: '{ __typename }' }, { 'x-request-id': 'not plain!' });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await res.text();
    expect(linesOf(id)).toHaveLength(1);
  });

  it('writes one line for an operation refused in validation, whose context was never built', async () => {
    const res = await post({ query: '{ noSuchField }' }, { 'x-request-id': 'life-invalid' });
    await res.text();
    expect(linesOf('life-invalid')).toEqual([expect.objectContaining({ outcome: 'error', errors: ['GRAPHQL_VALIDATION_FAILED'] })]);
  });

  it('counts the operation in the metrics once, and writes no line for a route that is not GraphQL', async () => {
    const before = lines.length;
    const res = await h.gateway.fetch('http://gateway.test/healthz', { headers: { 'x-request-id': 'life-health' } });
    expect(res.headers.get('x-request-id')).toBe('life-health');
    expect(lines.length).toBe(before);
    await post({ query: 'query Counted { __typename }' });
    const text = await metrics.registry.metrics();
    expect(text).toContain('graphql_operations_total{operation="Counted",type="query",outcome="ok"} 1');
  });

  it('ends the deadline with the request: a later request over the same gateway still answers', async () => {
    for (let i = 0; i < 3; i += 1) {
      const res = await post({ query: `{ balance(id: "${SEED_IDS.balances.adaUsd}") { id } }` });
      expect((await res.json()).data.balance.id).toBe(SEED_IDS.balances.adaUsd);
    }
  });
});
