import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/auth/authenticate.js';
import { errorForLog, yogaLogger } from '../../src/server/observability.js';
import { startHarness } from '../helpers/gateway.js';

/**
 * What a request writes to the log (issue 11, item 12): one "graphql operation" line per
 * request, whatever became of it, with the code the client got; expected client errors at info,
 * not at error with a stack; nothing the caller typed; and a bounded amount per request.
 */
const READER = 'reader-key-5b7d9f1e3a';
const WRITER = 'writer-key-8c2e4a6f0b';
const LEVEL = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

interface Line {
  level: number;
  msg: string;
  requestId?: string;
  [key: string]: unknown;
}

/** A gateway whose every log line, at every level, is kept as text. */
async function logged(options: Parameters<typeof startHarness>[0] = {}) {
  const text: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      text.push(String(chunk));
      done();
    },
  });
  const h = await startHarness({
    sandbox: { seed: true },
    logger: pino({ level: 'trace' }, sink),
    auth: {
      mode: 'api-keys',
      keyPassthrough: false,
      identityClaim: 'blnk_identity_id',
      keys: [
        { name: 'reader', sha256: sha256(READER), scopes: ['ledger:read'] },
        { name: 'writer', sha256: sha256(WRITER), scopes: ['ledger:read', 'ledger:write'] },
      ],
    },
    ...options,
  });
  let requestNo = 0;
  return {
    h,
    /** Sends one request and returns what the client got and every line the log got for it. */
    async send(body: unknown, init: { key?: string; raw?: string } = {}) {
      const requestId = `logs-${++requestNo}`;
      const from = text.length;
      const res = await h.gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          'x-request-id': requestId,
          ...(init.key === undefined ? { 'x-api-key': READER } : init.key ? { 'x-api-key': init.key } : {}),
        },
        body: init.raw ?? JSON.stringify(body),
      });
      const answer = await res.json();
      const written = text.slice(from).join('');
      const lines = text.slice(from).map((l) => JSON.parse(l) as Line);
      return {
        status: res.status,
        codes: ((answer.errors ?? []) as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code),
        written,
        lines,
        /** The request's operation lines. */
        operations: lines.filter((l) => l.msg === 'graphql operation' && l.requestId === requestId),
      };
    },
  };
}

/** Ids and references a caller typed: none of them may reach the log. */
const MISSING_BALANCE = 'bln_5e1f0c2a-7d3b-4c9e-8a61-0f2b9d4c7e13';
const MISSING_TRANSACTION = 'txn_9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
const SECRET_NAME = 'ledger-name-c4d8e2f6a0b1';

let g: Awaited<ReturnType<typeof logged>>;
beforeAll(async () => {
  g = await logged();
});
afterAll(() => g.h.close());

describe('expected client errors', () => {
  it('NOT_FOUND: one info line with the code, no stack, no id, no Blnk message', async () => {
    const r = await g.send({ query: 'query Lookup($id: ID!) { balance(id: $id) { id } }', variables: { id: MISSING_BALANCE } });
    expect(r.codes).toEqual(['NOT_FOUND']);
    expect(r.operations).toHaveLength(1);
    expect(r.operations[0]).toMatchObject({
      level: LEVEL.info,
      operation: 'Lookup',
      type: 'query',
      status: 200,
      outcome: 'partial',
      errors: ['NOT_FOUND'],
      errorCount: 1,
      subject: 'reader',
    });
    expect(r.lines.filter((l) => l.level >= LEVEL.warn)).toEqual([]);
    expect(r.written).not.toContain(MISSING_BALANCE);
    expect(r.written).not.toContain(MISSING_BALANCE.slice(4));
    expect(r.written).not.toMatch(/not found/i);
    expect(r.written).not.toMatch(/"stack"|\n\s+at /);

    // Blnk's own 404 message names the id it did not find: it stays out of the log too.
    const t = await g.send({ query: 'query Tx($id: ID!) { transaction(id: $id) { id } }', variables: { id: MISSING_TRANSACTION } });
    expect(t.codes).toEqual(['NOT_FOUND']);
    expect(t.operations).toHaveLength(1);
    expect(t.operations[0]).toMatchObject({ level: LEVEL.info, errors: ['NOT_FOUND'] });
    expect(t.lines.filter((l) => l.level >= LEVEL.warn)).toEqual([]);
    expect(t.written).not.toContain(MISSING_TRANSACTION.slice(4));
    expect(t.written).not.toMatch(/"stack"|\n\s+at /);
  });

  it('FORBIDDEN: one info line with the code, and the input is not in it', async () => {
    const r = await g.send({
      query: 'mutation Make($name: String!) { createLedger(input: { name: $name }) { __typename } }',
      variables: { name: SECRET_NAME },
    });
    expect(r.codes).toEqual(['FORBIDDEN']);
    expect(r.operations).toHaveLength(1);
    expect(r.operations[0]).toMatchObject({ level: LEVEL.info, operation: 'Make', type: 'mutation', errors: ['FORBIDDEN'] });
    expect(r.lines.filter((l) => l.level >= LEVEL.warn)).toEqual([]);
    expect(r.written).not.toContain(SECRET_NAME);
  });

  it('validation and parse failures get their line too, with the code the client got', async () => {
    const invalid = await g.send({
      query: 'query Typo($id: ID!) { balance(id: $id) { nosuchfield } }',
      variables: { id: MISSING_BALANCE },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(invalid.operations).toHaveLength(1);
    expect(invalid.operations[0]).toMatchObject({
      level: LEVEL.info,
      operation: 'Typo',
      type: 'query',
      status: 400,
      outcome: 'error',
      errors: ['GRAPHQL_VALIDATION_FAILED'],
      upstreamCalls: 0,
    });
    expect(invalid.written).not.toContain(MISSING_BALANCE);
    expect(invalid.written).not.toContain('nosuchfield');

    const unparsed = await g.send({ query: `{ balance(id: "${MISSING_BALANCE}") {` });
    expect(unparsed.codes).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(unparsed.operations).toHaveLength(1);
    expect(unparsed.operations[0]).toMatchObject({
      level: LEVEL.info,
      operation: 'anonymous',
      type: 'unknown',
      status: 400,
      errors: ['GRAPHQL_PARSE_FAILED'],
    });
    expect(unparsed.written).not.toContain(MISSING_BALANCE);

    const body = await g.send(null, { raw: `{"query": "{ __typename }", "variables": {"id": "${MISSING_BALANCE}"` });
    expect(body.status).toBe(400);
    expect(body.operations).toHaveLength(1);
    expect(body.operations[0]!.errors).toEqual(body.codes);
    expect(body.written).not.toContain(MISSING_BALANCE);
  });

  it('unauthenticated and oversized requests get one line each, and the key is not in it', async () => {
    const wrongKey = 'wrong-key-2f4e6a8c0d';
    const unauthenticated = await g.send({ query: '{ __typename }' }, { key: wrongKey });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.operations).toHaveLength(1);
    expect(unauthenticated.operations[0]).toMatchObject({ level: LEVEL.info, status: 401, errors: ['UNAUTHENTICATED'] });
    expect(unauthenticated.written).not.toContain(wrongKey);

    const oversized = await g.send({ query: '{ __typename }', variables: { pad: MISSING_BALANCE.repeat(40_000) } });
    expect(oversized.status).toBe(413);
    expect(oversized.operations).toHaveLength(1);
    expect(oversized.operations[0]).toMatchObject({ level: LEVEL.info, status: 413, errors: ['REQUEST_ENTITY_TOO_LARGE'] });
    expect(oversized.written).not.toContain(MISSING_BALANCE);
  });

  it('a request that succeeds gets one line and nothing else at info or above', async () => {
    const r = await g.send({ query: 'query Fine { ledger(id: "general_ledger_id") { name } }' });
    expect(r.codes).toEqual([]);
    expect(r.operations).toHaveLength(1);
    expect(r.operations[0]).toMatchObject({ level: LEVEL.info, operation: 'Fine', status: 200, outcome: 'ok', upstreamCalls: 1 });
    expect(r.operations[0]).not.toHaveProperty('errors');
    expect(r.lines.filter((l) => l.level >= LEVEL.info)).toHaveLength(1);
  });
});

describe('log volume', () => {
  it('is the same for 10 unknown ids as for 500: one line, the codes counted', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `bln_0e0e0e0e-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const few = await g.send({ query: 'query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: ids(10) } });
    const many = await g.send({ query: 'query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: ids(500) } });
    expect(many.codes).toHaveLength(500);
    expect(new Set(many.codes)).toEqual(new Set(['NOT_FOUND']));
    expect(many.operations).toHaveLength(1);
    // The same document twice: the second is served from yoga's parse cache and still named and typed.
    expect(many.operations[0]).toMatchObject({
      level: LEVEL.info,
      operation: 'Many',
      type: 'query',
      errors: ['NOT_FOUND'],
      errorCount: 500,
    });
    // At trace level, every line counted: the number of lines does not grow with the ids.
    expect(many.lines).toHaveLength(few.lines.length);
    expect(many.written.length).toBeLessThan(few.written.length + 200);
    expect(many.written).not.toContain('0e0e0e0e-0000-4000-8000-');
  });
});

describe('a ledger that does not answer', () => {
  it('is UPSTREAM_UNAVAILABLE in the line, at warn, with the route and no id', async () => {
    // A port that was just open and is now closed: connections to it are refused.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const down = await logged({
      origin: `http://127.0.0.1:${port}`,
      breaker: { resetTimeoutMs: 60_000, errorThresholdPercentage: 100, volumeThreshold: 1_000 },
    });
    try {
      const r = await down.send({ query: 'query Lookup($id: ID!) { balance(id: $id) { id } }', variables: { id: MISSING_BALANCE } });
      expect(r.codes).toEqual(['UPSTREAM_UNAVAILABLE']);
      expect(r.operations).toHaveLength(1);
      expect(r.operations[0]).toMatchObject({
        level: LEVEL.warn,
        errors: ['UPSTREAM_UNAVAILABLE'],
        upstreamFailures: [{ method: 'POST', route: '/balances/filter', status: 0 }],
      });
      expect(r.lines.filter((l) => l.level >= LEVEL.error)).toEqual([]);
      expect(r.written).not.toContain(MISSING_BALANCE.slice(4));
    } finally {
      await down.h.close();
    }
  });
});

describe('an unexpected error', () => {
  it('is logged at error with its type and frames, and what the caller sent withheld from its message', () => {
    const text: string[] = [];
    const logger = pino(
      { level: 'trace' },
      new Writable({
        write: (c, _e, done) => {
          text.push(String(c));
          done();
        },
      }),
    );
    const error = new TypeError(
      `Cannot read properties of undefined (reading '${SECRET_NAME}') for ${MISSING_BALANCE} and ref_${SECRET_NAME}`,
    );
    yogaLogger(logger).error(error);
    expect(text).toHaveLength(1);
    const line = JSON.parse(text[0]!);
    expect(line.level).toBe(LEVEL.error);
    expect(line.error.type).toBe('TypeError');
    expect(line.error.message).toMatch(/^Cannot read properties of undefined \(reading '…'\) for … and …$/);
    expect(line.error.stack).toMatch(/^\s+at .*logs\.test\.ts/);
    expect(text[0]).not.toContain(SECRET_NAME);
    expect(text[0]).not.toContain(MISSING_BALANCE.slice(4));
    expect(errorForLog('a string').message).toBe('');
  });
});
