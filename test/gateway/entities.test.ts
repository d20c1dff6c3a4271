import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { fixtures } from '../helpers/blnk-setup.js';
import { startHarness } from '../helpers/gateway.js';
import type { Harness } from '../helpers/gateway.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const Setup = graphql(`
  mutation Setup($ledger: CreateLedgerInput!) {
    createLedger(input: $ledger) {
      __typename
      ... on Ledger {
        id
        name
        metaData
      }
      ... on Error {
        code
      }
      ... on ValidationError {
        field
      }
    }
  }
`);

const Rename = graphql(`
  mutation Rename($input: UpdateLedgerInput!) {
    updateLedger(input: $input) {
      __typename
      ... on Ledger {
        name
      }
      ... on NotFoundError {
        entity
      }
    }
  }
`);

const NewBalance = graphql(`
  mutation NewBalance($input: CreateBalanceInput!) {
    createBalance(input: $input) {
      __typename
      ... on Balance {
        id
        currency
        balance
        identityId
        trackFundLineage
        allocationStrategy
        ledger {
          name
        }
      }
      ... on Error {
        code
      }
      ... on ValidationError {
        field
      }
      ... on NotFoundError {
        entity
      }
    }
  }
`);

const Person = graphql(`
  mutation Person($input: CreateIdentityInput!) {
    createIdentity(input: $input) {
      __typename
      ... on Identity {
        id
        firstName
        lastName
        dob
        emailAddress
      }
      ... on Error {
        code
      }
    }
  }
`);

const EditPerson = graphql(`
  mutation EditPerson($input: UpdateIdentityInput!) {
    updateIdentity(input: $input) {
      __typename
      ... on Identity {
        firstName
        lastName
        city
      }
      ... on Error {
        code
      }
    }
  }
`);

const DropPerson = graphql(`
  mutation DropPerson($id: ID!) {
    deleteIdentity(id: $id) {
      __typename
      ... on DeleteIdentityPayload {
        deletedId
      }
      ... on Error {
        code
      }
    }
  }
`);

describe('ledger, balance and identity mutations', () => {
  it('creates and renames a ledger; an unknown one is NotFoundError, a blank name ValidationError', async () => {
    const created = await h.run(Setup, { ledger: { name: 'Wallets', metaData: { region: 'eu' } } });
    expect(created.data?.createLedger).toMatchObject({ __typename: 'Ledger', name: 'Wallets', metaData: { region: 'eu' } });
    const id = created.data?.createLedger && 'id' in created.data.createLedger ? created.data.createLedger.id : '';
    expect((await h.run(Rename, { input: { id, name: 'Main wallets' } })).data?.updateLedger).toEqual({
      __typename: 'Ledger',
      name: 'Main wallets',
    });
    expect((await h.run(Rename, { input: { id: 'ldg_00000000-0000-4000-8000-00000000beef', name: 'x' } })).data?.updateLedger).toEqual({
      __typename: 'NotFoundError',
      entity: 'Ledger',
    });
    h.sandbox.resetRequests();
    expect((await h.run(Setup, { ledger: { name: ' ' } })).data?.createLedger).toMatchObject({
      __typename: 'ValidationError',
      field: 'name',
    });
    expect((await h.run(Setup, { ledger: { name: 'x', metaData: [1, 2] } })).data?.createLedger).toMatchObject({ field: 'metaData' });
    expect(h.sandbox.requests).toHaveLength(0);
  });

  it('creates balances, refusing lineage without an identity before calling Blnk, and an unknown ledger as NotFoundError', async () => {
    const f = fixtures(h.sandbox);
    const ledger = await f.ledger('Cards');
    const ann = await f.identity('Ann');
    const res = await h.run(NewBalance, {
      input: { ledgerId: ledger, currency: 'USD', identityId: ann, trackFundLineage: true, allocationStrategy: 'LIFO' },
    });
    expect(res.data?.createBalance).toMatchObject({
      __typename: 'Balance',
      currency: 'USD',
      balance: '0',
      identityId: ann,
      trackFundLineage: true,
      allocationStrategy: 'LIFO',
      ledger: { name: 'Cards' },
    });
    h.sandbox.resetRequests();
    const noOwner = await h.run(NewBalance, { input: { ledgerId: ledger, currency: 'USD', trackFundLineage: true } });
    expect(noOwner.data?.createBalance).toMatchObject({ __typename: 'ValidationError', field: 'identityId' });
    expect(h.sandbox.requests).toHaveLength(0);
    const noLedger = await h.run(NewBalance, { input: { ledgerId: 'ldg_00000000-0000-4000-8000-00000000beef', currency: 'USD' } });
    expect(noLedger.data?.createBalance).toMatchObject({ __typename: 'NotFoundError', entity: 'Ledger' });
  });

  it('creates an identity with a chosen id, updates it (read back), refuses a duplicate, deletes it', async () => {
    const id = 'idt_0a1b2c3d-0000-4000-8000-000000000042';
    const created = await h.run(Person, {
      input: { id, firstName: 'Grace', lastName: 'Hopper', dob: '1906-12-09', emailAddress: 'grace@example.com' },
    });
    expect(created.data?.createIdentity).toEqual({
      __typename: 'Identity',
      id,
      firstName: 'Grace',
      lastName: 'Hopper',
      dob: '1906-12-09',
      emailAddress: 'grace@example.com',
    });
    const again = await h.run(Person, { input: { id, firstName: 'Copy' } });
    expect(again.data?.createIdentity).toEqual({ __typename: 'ConflictError', code: 'CONFLICT' });
    const badId = await h.run(Person, { input: { id: 'idt_nope' } });
    expect(badId.data?.createIdentity).toMatchObject({ __typename: 'ValidationError' });

    const edited = await h.run(EditPerson, { input: { id, city: 'Arlington', lastName: '' } });
    // Blnk never writes an empty string: lastName stays.
    expect(edited.data?.updateIdentity).toEqual({ __typename: 'Identity', firstName: 'Grace', lastName: 'Hopper', city: 'Arlington' });

    expect((await h.run(DropPerson, { id })).data?.deleteIdentity).toEqual({ __typename: 'DeleteIdentityPayload', deletedId: id });
    expect((await h.run(DropPerson, { id })).data?.deleteIdentity).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });
});

const Watch = graphql(`
  mutation Watch($input: CreateBalanceMonitorInput!) {
    createBalanceMonitor(input: $input) {
      __typename
      ... on BalanceMonitor {
        id
        balanceId
        description
        condition {
          field
          operator
          value
          precision
          preciseValue
        }
      }
      ... on Error {
        code
      }
      ... on ValidationError {
        field
      }
    }
  }
`);

const Monitors = graphql(`
  query Monitors($balance: ID!) {
    balance(id: $balance) {
      monitors(first: 10) {
        totalCount
        edges {
          node {
            id
            condition {
              operator
              preciseValue
            }
          }
        }
      }
    }
    balanceMonitors(first: 1) {
      edges {
        node {
          condition {
            preciseValue
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const Rewatch = graphql(`
  mutation Rewatch($input: UpdateBalanceMonitorInput!) {
    updateBalanceMonitor(input: $input) {
      __typename
      ... on BalanceMonitor {
        description
        condition {
          operator
          value
          preciseValue
        }
      }
      ... on ValidationError {
        field
      }
    }
    deleteBalanceMonitor(id: "mon_00000000-0000-4000-8000-00000000beef") {
      __typename
    }
  }
`);

describe('balance monitors', () => {
  it('refuses what Blnk v0.15.2 cannot keep (EQ, a fraction, 0, a description on create) before calling Blnk', async () => {
    h.sandbox.resetRequests();
    const base = { balanceId: 'bln_x', condition: { field: 'BALANCE' as const, operator: 'GT' as const, value: '12', precision: '100' } };
    const refused = [
      [{ ...base, condition: { ...base.condition, operator: 'EQ' as const } }, 'operator'],
      [{ ...base, condition: { ...base.condition, value: '12.34' } }, 'value'],
      [{ ...base, condition: { ...base.condition, value: '0' } }, 'value'],
      [{ ...base, description: 'low' }, 'description'],
    ] as const;
    for (const [input, field] of refused) {
      const res = await h.run(Watch, { input });
      expect(res.data?.createBalanceMonitor, field).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_ERROR', field });
    }
    expect(h.sandbox.requests).toHaveLength(0);
  });

  it('creates one with a whole threshold, lists it, and updates it by sending the whole row back', async () => {
    const f = fixtures(h.sandbox);
    const balance = await f.balance(await f.ledger('Watched'));
    const res = await h.run(Watch, {
      input: {
        balanceId: balance,
        callbackUrl: 'https://hooks.example/low',
        condition: { field: 'BALANCE', operator: 'LT', value: '12', precision: '100' },
      },
    });
    expect(res.data?.createBalanceMonitor).toMatchObject({
      __typename: 'BalanceMonitor',
      balanceId: balance,
      description: null,
      condition: { field: 'BALANCE', operator: 'LT', value: '12', precision: '100', preciseValue: '1200' },
    });
    const sent = h.sandbox.requests.find((r) => r.route === '/balance-monitors' && r.method === 'POST')!.body;
    expect(sent).toContain('"operator":"<"');
    expect(sent).toContain('"value":12');
    const id = res.data?.createBalanceMonitor && 'id' in res.data.createBalanceMonitor ? res.data.createBalanceMonitor.id : '';

    h.sandbox.resetRequests();
    const listed = await h.run(Monitors, { balance });
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.balance?.monitors).toEqual({
      totalCount: 1,
      edges: [{ node: { id, condition: { operator: 'LT', preciseValue: '1200' } } }],
    });
    // The unpaginated list does not carry precise_value: the gateway completes it from the
    // balance's monitors.
    expect(listed.data?.balanceMonitors?.edges[0]?.node.condition.preciseValue).toBe('1200');
    // Balance.monitors takes the per-balance route, whose rows are whole (precision included on
    // v0.15.2): one call, and no monitor read again for it. balanceMonitors takes the list and
    // completes its one row from that same per-balance read (one loader): no read by id.
    expect(
      h
        .upstream()
        .map((r) => `${r.method} ${r.route}`)
        .sort(),
    ).toEqual(['GET /balance-monitors', 'GET /balance-monitors/balances/:balance_id', 'POST /balances/filter']);

    h.sandbox.resetRequests();
    const updated = await h.run(Rewatch, {
      input: { id, description: 'lower', condition: { field: 'BALANCE', operator: 'GT', value: '12', precision: '100' } },
    });
    expect(updated.data?.updateBalanceMonitor).toEqual({
      __typename: 'BalanceMonitor',
      description: 'lower',
      condition: { operator: 'GT', value: '12', preciseValue: '1200' },
    });
    const put = JSON.parse(h.sandbox.requests.find((r) => r.method === 'PUT')!.body);
    expect(put).toEqual({
      balance_id: balance,
      description: 'lower',
      condition: { field: 'balance', operator: '>', value: 12, precision: 100 },
    });
    expect(updated.data?.deleteBalanceMonitor).toEqual({ __typename: 'NotFoundError' });

    // A description alone keeps the condition; a new threshold or a callback URL is refused.
    const described = await h.run(Rewatch, { input: { id, description: 'again' } });
    expect(described.data?.updateBalanceMonitor).toMatchObject({
      description: 'again',
      condition: { operator: 'GT', preciseValue: '1200' },
    });
    const moved = await h.run(Rewatch, { input: { id, condition: { field: 'BALANCE', operator: 'GT', value: '5', precision: '100' } } });
    expect(moved.data?.updateBalanceMonitor).toEqual({ __typename: 'ValidationError', field: 'condition.value' });
    const hooked = await h.run(Rewatch, { input: { id, callbackUrl: 'https://hooks.example/x' } });
    expect(hooked.data?.updateBalanceMonitor).toEqual({ __typename: 'ValidationError', field: 'callbackUrl' });
  });

  it('refuses a threshold that is not a decimal, and a callback that is not http(s), before calling Blnk', async () => {
    h.sandbox.resetRequests();
    const bad = await h.run(Watch, { input: { balanceId: 'bln_x', condition: { field: 'BALANCE', operator: 'GT', value: '1e5' } } });
    expect(bad.data?.createBalanceMonitor).toMatchObject({ __typename: 'ValidationError', field: 'value' });
    const url = await h.run(Watch, {
      input: { balanceId: 'bln_x', callbackUrl: 'file:///etc/passwd', condition: { field: 'BALANCE', operator: 'GT', value: '1' } },
    });
    expect(url.data?.createBalanceMonitor).toMatchObject({ __typename: 'ValidationError', field: 'callbackUrl' });
    expect(h.sandbox.requests).toHaveLength(0);
  });
});

const Tag = graphql(`
  mutation Tag($input: UpdateMetadataInput!) {
    updateMetadata(input: $input) {
      __typename
      ... on UpdateMetadataPayload {
        metaData
        node {
          id
          ... on Balance {
            metaData
          }
        }
      }
      ... on Error {
        code
      }
    }
  }
`);

describe('updateMetadata', () => {
  it("merges keys into a balance's metadata and returns the object", async () => {
    const f = fixtures(h.sandbox);
    const balance = await f.balance(await f.ledger('Tagged'));
    await h.run(Tag, { input: { id: balance, metaData: { tier: 'gold' } } });
    const res = await h.run(Tag, { input: { id: balance, metaData: { region: 'eu' } } });
    expect(res.data?.updateMetadata).toEqual({
      __typename: 'UpdateMetadataPayload',
      metaData: { tier: 'gold', region: 'eu' },
      node: { id: balance, metaData: { tier: 'gold', region: 'eu' } },
    });
    const missing = await h.run(Tag, { input: { id: 'bln_00000000-0000-4000-8000-00000000beef', metaData: { a: 1 } } });
    expect(missing.data?.updateMetadata).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    const other = await h.run(Tag, { input: { id: 'acc_1', metaData: { a: 1 } } });
    expect(other.data?.updateMetadata).toMatchObject({ __typename: 'ValidationError' });
  });
});
