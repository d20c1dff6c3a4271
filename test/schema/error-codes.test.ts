import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isEnumType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

/**
 * Issue 13, item 5: `ErrorCode` lists every code a client can receive, so clients find them by
 * introspection. Two checks: every code literal src/ emits (outside the sandbox and the Blnk
 * client, which speak Blnk's codes) is a value of the enum; and the codes real requests get back are too.
 */
const enumValues = (): Set<string> => {
  const type = schema.getType('ErrorCode');
  if (!isEnumType(type)) throw new Error('ErrorCode is not an enum');
  return new Set(type.getValues().map((v) => v.name));
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // The sandbox and the Blnk client speak Blnk's own codes (GEN_NOT_FOUND…), which never reach
    // a client: graphql/errors.ts maps them first.
    // POST /webhooks/blnk (server/webhooks/) answers Blnk, never a GraphQL client: its WEBHOOK_*
    // codes are a plain HTTP route's, listed in the README's table, not ErrorCode values.
    if (statSync(path).isDirectory()) return name === 'sandbox' || name === 'blnk' || name === 'webhooks' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** `code: 'X'` in extensions and custom errors, and LedgerError's `super(message, 'X')`. */
function emittedCodes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const path of sources(new URL('../../src', import.meta.url).pathname)) {
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(/\bcode: '([A-Z][A-Z_]+)'/g)) found.set(m[1]!, path);
    for (const m of text.matchAll(/super\([^;]*?, '([A-Z][A-Z_]+)'\)/g)) found.set(m[1]!, path);
  }
  return found;
}

describe('ErrorCode', () => {
  it('holds every code literal src/ emits', () => {
    const codes = emittedCodes();
    // The scan itself finds codes from every kind of source: typed errors, extensions, plugins.
    for (const known of [
      'NOT_FOUND',
      'INSUFFICIENT_FUNDS',
      'UNAUTHENTICATED',
      'COST_LIMIT_EXCEEDED',
      'PERSISTED_QUERY_ONLY',
      'UNSUPPORTED_MEDIA_TYPE',
    ]) {
      expect(codes.has(known), known).toBe(true);
    }
    const values = enumValues();
    const missing = [...codes].filter(([code]) => !values.has(code)).map(([code, path]) => `${code} (${path})`);
    expect(missing).toEqual([]);
  });

  it('is the type of Error.code', () => {
    const error = schema.getType('Error') as import('graphql').GraphQLInterfaceType;
    expect(String(error.getFields().code!.type)).toBe('ErrorCode!');
  });
});

describe('codes real requests get back', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    h.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify(body),
    });

  async function codesOf(res: Response): Promise<string[]> {
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return (body.errors ?? []).map((e) => e.extensions?.code ?? 'UNCODED');
  }

  it('answers each kind of bad request with a code the enum lists', async () => {
    const values = enumValues();
    const cases: [string, Response | Promise<Response>][] = [
      ['syntax', post({ query: '{ balance(id: "x" ' })],
      ['unknown field', post({ query: '{ nope }' })],
      ['bad BigInt literal', post({ query: '{ balances(filter: { balance: { eq: "1.5" } }) { totalCount } }' })],
      [
        'bad variable',
        post({ query: 'query ($a: BigInt!) { balances(filter: { balance: { eq: $a } }) { totalCount } }', variables: { a: 'x' } }),
      ],
      ['missing object', post({ query: '{ balance(id: "bln_missing") { id } }' })],
      [
        'mutation over GET',
        h.gateway.fetch('http://gateway.test/graphql?query=mutation%7BcreateLedger(input%3A%7Bname%3A%22x%22%7D)%7B__typename%7D%7D', {
          headers: { 'x-graphql-yoga-csrf': '1' },
        }),
      ],
    ];
    for (const [name, pending] of cases) {
      const codes = await codesOf(await pending);
      expect(codes.length, name).toBeGreaterThan(0);
      for (const code of codes) expect(values.has(code), `${name}: ${code}`).toBe(true);
    }
  });

  it('answers a POST without Content-Type with 415 and a message about the content type, not CSRF', async () => {
    // Bytes, not a string: fetch would add text/plain to a string body itself.
    const res = await h.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      body: new TextEncoder().encode(JSON.stringify({ query: '{ __typename }' })),
    });
    expect(res.headers.get('content-type') ?? '').toMatch(/json/);
    expect(res.status).toBe(415);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(body.errors[0]!.message).toMatch(/Content-Type: application\/json/);
    expect(body.errors[0]!.message).not.toMatch(/CSRF/i);
  });

  it('names the argument of a bad BigInt literal, without echoing the value', async () => {
    const res = await post({ query: '{ balances(filter: { creditBalance: { gte: "12abc" } }) { totalCount } }' });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]!.message).toBe('balances(filter.creditBalance.gte): BigInt takes a string of decimal digits or a safe integer');
  });
});
