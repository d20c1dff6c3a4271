import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_IDS } from '../../src/sandbox/index.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';
import { codes, post } from '../helpers/jwt.js';

/**
 * Input no Blnk object could hold (issue 11, item 13) is BAD_USER_INPUT naming the argument,
 * before anything reaches Blnk, and the gateway keeps answering.
 */
const B = SEED_IDS.balances;

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('input guards', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ sandbox: { seed: true }, limits: { maxBodyBytes: 2_000_000 } });
  });
  afterAll(() => h.close());
  beforeEach(() => h.sandbox.resetRequests());

  const byId = ['balance', 'ledger', 'identity', 'transaction', 'node'];

  it.each(byId)('%s(id:) with a lone surrogate is BAD_USER_INPUT naming the argument, on every path route', async (field) => {
    const res = await post(h, `query($id: ID!) { ${field}(id: $id) { id } }`, { id: 'bln_\ud800' });
    expect(codes(res.body)).toEqual([[null, 'BAD_USER_INPUT']]);
    expect(res.body.errors[0].message).toContain(`${field}(id)`);
    expect(res.body.errors[0].message).toContain('lone surrogate');
    expect(res.body.errors[0].extensions).toMatchObject({ argument: `${field}(id)`, variable: '$id' });
    expect(h.sandbox.requests).toEqual([]);
  });

  it('a lone surrogate inside an input object names the input path', async () => {
    const res = await post(h, 'query($r: String!) { transactionByReference(reference: $r) { id } }', { r: 'ref-\udfff' });
    expect(codes(res.body)).toEqual([[null, 'BAD_USER_INPUT']]);
    const deep = await post(
      h,
      `mutation($d: String!) { recordTransaction(input: { source: "@World", destination: "${B.adaUsd}", preciseAmount: "1", currency: "USD", description: $d }) { __typename } }`,
      { d: 'x\ud83d' },
    );
    expect(codes(deep.body)).toEqual([[null, 'BAD_USER_INPUT']]);
    expect(deep.body.errors[0].message).toContain('recordTransaction(input) at description');
    expect(h.sandbox.requests).toEqual([]);
  });

  it('a literal in the document is checked like a variable', async () => {
    const res = await post(h, `{ balance(id: "${'b'.repeat(300)}") { id } }`);
    expect(codes(res.body)).toEqual([[null, 'BAD_USER_INPUT']]);
    expect(res.body.errors[0].message).toContain('longer than 256');
    expect(res.text).not.toContain('b'.repeat(300));
  });

  it('a 100 KB id is refused, not forwarded', async () => {
    const res = await post(h, 'query($id: ID!) { balance(id: $id) { id } }', { id: `bln_${'x'.repeat(100_000)}` });
    expect(codes(res.body)).toEqual([[null, 'BAD_USER_INPUT']]);
    expect(res.text.length).toBeLessThan(1000);
    const list = await post(h, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [B.adaUsd, 'x'.repeat(5000)] });
    expect(codes(list.body)).toEqual([[null, 'BAD_USER_INPUT']]);
    expect(list.body.errors[0].extensions.path).toBe('1');
    expect(h.sandbox.requests).toEqual([]);
  });

  it('metadata nested 5,000 deep is BAD_USER_INPUT, not a stack overflow', async () => {
    // Written by hand: JSON.stringify itself runs out of stack on it.
    const query = `mutation($m: JSON) { recordTransaction(input: { source: "@World", destination: "${B.adaUsd}", preciseAmount: "1", currency: "USD", description: "d", metaData: $m }) { __typename } }`;
    const m = `${'{"a":'.repeat(5000)}"leaf"${'}'.repeat(5000)}`;
    const raw = await h.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query":${JSON.stringify(query)},"variables":{"m":${m}}}`,
    });
    const res = { body: (await raw.json()) as any };
    expect(codes(res.body)).toEqual([[null, 'BAD_USER_INPUT']]);
    expect(res.body.errors[0].message).toContain('recordTransaction(input) at metaData');
    expect(res.body.errors[0].message).toContain('deeper than 32');
    expect(h.sandbox.requests).toEqual([]);
  });

  it('metadata at the depth limit passes', async () => {
    const res = await post(
      h,
      `mutation($m: JSON) { recordTransaction(input: { source: "@World", destination: "${B.adaUsd}", preciseAmount: "1", currency: "USD", description: "d", allowOverdraft: true, metaData: $m }) { __typename } }`,
      { m: nested(31) as Record<string, unknown> },
    );
    expect(res.body).toEqual({ data: { recordTransaction: { __typename: 'Transaction' } } });
  });

  it('metadata with too many values is refused', async () => {
    const wide = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`k${i}`, i]));
    const res = await post(h, 'mutation($m: JSON!) { updateMetadata(input: { id: "txn_x", metaData: $m }) { __typename } }', { m: wide });
    expect(codes(res.body)).toEqual([[null, 'BAD_USER_INPUT']]);
    expect(res.body.errors[0].message).toContain('more than 10000 values');
  });

  it('ids with /, .., ? and % are looked up as ids, and are simply not found', async () => {
    for (const id of ['bln_a/b', 'bln_..', 'bln_?x=1', 'bln_%2F']) {
      const res = await post(h, 'query($id: ID!) { balance(id: $id) { id } }', { id });
      expect(codes(res.body)).toEqual([['balance', 'NOT_FOUND']]);
    }
  });

  it('strings that name a balance or a transaction are held to the id limit too', async () => {
    const long = `@${'w'.repeat(300)}`;
    const pay = await post(
      h,
      `mutation($s: String!) { recordTransaction(input: { source: $s, destination: "${B.adaUsd}", preciseAmount: "1", currency: "USD", description: "d" }) { __typename } }`,
      { s: long },
    );
    expect(codes(pay.body)).toEqual([[null, 'BAD_USER_INPUT']]);
    expect(pay.body.errors[0].message).toContain('recordTransaction(input) at source');
    const byRef = await post(h, 'query($r: String!) { transactionByReference(reference: $r) { id } }', { r: 'r'.repeat(257) });
    expect(codes(byRef.body)).toEqual([[null, 'BAD_USER_INPUT']]);
    // A description is not an id: 300 characters are fine.
    const described = await post(
      h,
      `mutation($d: String!) { recordTransaction(input: { source: "@World", destination: "${B.adaUsd}", preciseAmount: "1", currency: "USD", description: $d, allowOverdraft: true }) { __typename } }`,
      { d: 'd'.repeat(300) },
    );
    expect(described.body).toEqual({ data: { recordTransaction: { __typename: 'Transaction' } } });
    expect(h.sandbox.requests.filter((r) => r.route === '/transactions')).toHaveLength(1);
  });

  it('a variable that does not fit its type is named, with its path, never echoed', async () => {
    const secret = 'sk_live_not_for_echo';
    const wrongType = await post(h, 'query($n: Int) { balances(first: $n) { totalCount } }', { n: secret });
    expect(codes(wrongType.body)).toEqual([[null, 'BAD_USER_INPUT']]);
    expect(wrongType.body.errors[0].message).toBe('Variable "$n" got invalid value; Expected type "Int".');
    const unknownKey = await post(h, 'mutation($i: RecordTransactionInput!) { recordTransaction(input: $i) { __typename } }', {
      i: { [secret]: 1, currency: 'USD', description: 'd' },
    });
    expect(codes(unknownKey.body)).toEqual([[null, 'BAD_USER_INPUT']]);
    expect(unknownKey.body.errors[0].message).toBe(
      'Variable "$i" got invalid value; A field is not defined by type "RecordTransactionInput".',
    );
    const badAmount = await post(h, 'query($a: BigInt) { balances(filter: { balance: { gt: $a } }) { totalCount } }', { a: secret });
    expect(badAmount.body.errors[0].message).toMatch(/^Variable "\$a" got invalid value; Expected type "BigInt"\./);
    for (const res of [wrongType, unknownKey, badAmount]) expect(res.text).not.toContain(secret);
    expect(h.sandbox.requests).toEqual([]);
  });

  it('still answers after all of that', async () => {
    const res = await post(h, `{ balance(id: "${B.adaUsd}") { id } }`);
    expect(res.body).toEqual({ data: { balance: { id: B.adaUsd } } });
  });
});
