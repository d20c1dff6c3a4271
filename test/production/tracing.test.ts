import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { createTracing } from '../../src/telemetry/tracing.js';
import type { Tracing } from '../../src/telemetry/tracing.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/** A loopback OTLP/HTTP collector that keeps the JSON it receives. */
let collector: ReturnType<typeof createServer>;
const received: any[] = [];
let tracing: Tracing;
let h: Harness;

beforeAll(async () => {
  collector = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/v1/traces') received.push(JSON.parse(Buffer.concat(chunks).toString()));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  tracing = createTracing({ endpoint: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`, serviceName: 'blnk-graphql-test' });
  h = await startHarness({ sandbox: { seed: true }, tracer: tracing.tracer });
});
afterAll(async () => {
  await h.close();
  await tracing.shutdown();
  await new Promise((resolve) => collector.close(resolve));
});

describe('OpenTelemetry traces', () => {
  it('sends one span for the operation and one child span per upstream call', async () => {
    const res = await h.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query Traced { a: balance(id: "${SEED_IDS.balances.adaUsd}") { version } g: balance(id: "${SEED_IDS.balances.graceUsd}") { version } }`,
      }),
    });
    expect((await res.json()).errors).toBeUndefined();
    await tracing.flush();
    const spans = received.flatMap((r) => r.resourceSpans.flatMap((rs: any) => rs.scopeSpans.flatMap((ss: any) => ss.spans)));
    const operation = spans.find((s: any) => s.name === 'graphql.query Traced');
    expect(operation).toBeDefined();
    const children = spans.filter((s: any) => s.parentSpanId === operation.spanId);
    expect(children.map((s: any) => s.name)).toEqual(['blnk GET /balances/:id', 'blnk GET /balances/:id']);
    expect(children.every((s: any) => s.traceId === operation.traceId)).toBe(true);
    const service = received[0].resourceSpans[0].resource.attributes.find((a: any) => a.key === 'service.name');
    expect(service.value.stringValue).toBe('blnk-graphql-test');
  });
});
