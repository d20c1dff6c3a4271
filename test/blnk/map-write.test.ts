import { LosslessNumber } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { stringifyForBlnk } from '../../src/blnk/json.js';
import {
  balanceBody,
  bulkBody,
  identityBody,
  inflightBody,
  ledgerBody,
  legBody,
  monitorBody,
  transferBody,
} from '../../src/blnk/map-write.js';

/**
 * Domain inputs → the snake_case bodies Blnk binds (docs/blnk-contract.md section 2). Every
 * expected body is written out by hand from the contract, key by key, in the order sent.
 */
describe('transferBody: a transfer as POST /transactions receives it', () => {
  it('renames every field, keeps money as bigint, and puts skip_queue last', () => {
    const body = transferBody({
      preciseAmount: 1050n,
      precision: 100n,
      source: 'bln_a',
      destination: 'bln_b',
      reference: 'ref-1',
      currency: 'USD',
      description: 'rent',
      allowOverdraft: true,
      inflight: true,
      inflightExpiryDate: '2030-01-01T00:00:00Z',
      scheduledFor: '2030-01-02T00:00:00Z',
      effectiveDate: '2029-12-31T00:00:00.000Z',
      metaData: { invoice: 7 },
      skipQueue: true,
    });
    expect(body).toEqual({
      precise_amount: 1050n,
      precision: 100n,
      source: 'bln_a',
      destination: 'bln_b',
      reference: 'ref-1',
      currency: 'USD',
      description: 'rent',
      allow_overdraft: true,
      inflight: true,
      inflight_expiry_date: '2030-01-01T00:00:00Z',
      scheduled_for: '2030-01-02T00:00:00Z',
      effective_date: '2029-12-31T00:00:00.000Z',
      meta_data: { invoice: 7 },
      skip_queue: true,
    });
    expect(Object.keys(body).at(-1)).toBe('skip_queue');
  });

  it('leaves out what the input leaves out, and sends amounts as bare JSON integers', () => {
    const body = transferBody({
      preciseAmount: 12345678901234567890n,
      precision: 100n,
      source: 'bln_a',
      destination: 'bln_b',
      reference: 'r',
      currency: 'USD',
      description: 'd',
    });
    expect(stringifyForBlnk(body)).toBe(
      '{"precise_amount":12345678901234567890,"precision":100,"source":"bln_a","destination":"bln_b","reference":"r","currency":"USD","description":"d"}',
    );
  });

  it('maps split legs: a fixed share as a string of minor units, a percentage or "left" as given', () => {
    const body = transferBody({
      preciseAmount: 10_000n,
      precision: 100n,
      source: 'bln_a',
      destinations: [
        { identifier: 'bln_b', preciseDistribution: 2500n },
        { identifier: 'bln_c', distribution: '50%' },
        { identifier: 'bln_d', distribution: 'left' },
      ],
      reference: 'r',
      currency: 'USD',
      description: 'd',
    });
    expect(body.destinations).toEqual([
      { identifier: 'bln_b', precise_distribution: '2500' },
      { identifier: 'bln_c', distribution: '50%' },
      { identifier: 'bln_d', distribution: 'left' },
    ]);
    expect(body.sources).toBeUndefined();
  });

  it('legBody: a precise share wins over no distribution; a JSON number would not bind in Go', () => {
    expect(legBody({ identifier: 'bln_x', preciseDistribution: 1n })).toEqual({ identifier: 'bln_x', precise_distribution: '1' });
  });
});

describe('bulkBody and inflightBody', () => {
  it('maps a bulk request and each of its transfers', () => {
    const transfer = { preciseAmount: 5n, precision: 1n, source: 'a', destination: 'b', reference: 'r1', currency: 'X', description: '' };
    expect(bulkBody({ transactions: [transfer], atomic: true, inflight: true, runAsync: true, skipQueue: true })).toEqual({
      transactions: [{ precise_amount: 5n, precision: 1n, source: 'a', destination: 'b', reference: 'r1', currency: 'X', description: '' }],
      atomic: true,
      inflight: true,
      run_async: true,
      skip_queue: true,
    });
    expect(bulkBody({ transactions: [] })).toEqual({ transactions: [] });
  });

  it('maps a commit with an amount and a bare void', () => {
    expect(inflightBody({ status: 'commit', preciseAmount: 300n, skipQueue: true })).toEqual({
      status: 'commit',
      precise_amount: 300n,
      skip_queue: true,
    });
    expect(inflightBody({ status: 'void' })).toEqual({ status: 'void' });
  });
});

describe('ledger, balance and identity bodies', () => {
  it('ledgerBody', () => {
    expect(ledgerBody({ name: 'Main' })).toEqual({ name: 'Main' });
    expect(ledgerBody({ name: 'Main', metaData: { a: 1 } })).toEqual({ name: 'Main', meta_data: { a: 1 } });
  });

  it('balanceBody', () => {
    expect(
      balanceBody({
        ledgerId: 'ldg_1',
        currency: 'EUR',
        identityId: 'idt_1',
        trackFundLineage: true,
        allocationStrategy: 'FIFO',
        metaData: { k: 'v' },
      }),
    ).toEqual({
      ledger_id: 'ldg_1',
      currency: 'EUR',
      identity_id: 'idt_1',
      track_fund_lineage: true,
      allocation_strategy: 'FIFO',
      meta_data: { k: 'v' },
    });
    expect(balanceBody({ ledgerId: 'ldg_1', currency: 'EUR' })).toEqual({ ledger_id: 'ldg_1', currency: 'EUR' });
  });

  it('identityBody: the id first, each text field under its snake_case key, dob as given', () => {
    const body = identityBody({
      id: 'idt_1',
      identityType: 'individual',
      firstName: 'Ada',
      emailAddress: 'ada@example.com',
      postCode: 'N1',
      dob: '1990-05-01T00:00:00.000Z',
      metaData: { tier: 'gold' },
    });
    expect(body).toEqual({
      identity_id: 'idt_1',
      identity_type: 'individual',
      first_name: 'Ada',
      email_address: 'ada@example.com',
      post_code: 'N1',
      dob: '1990-05-01T00:00:00.000Z',
      meta_data: { tier: 'gold' },
    });
    expect(Object.keys(body)).toEqual(['identity_id', 'identity_type', 'first_name', 'email_address', 'post_code', 'dob', 'meta_data']);
    // An empty string is a value the caller gave (update clears nothing with it, but it is sent).
    expect(identityBody({ lastName: '' })).toEqual({ last_name: '' });
  });
});

describe('monitorBody', () => {
  it('writes the threshold digit for digit, never through a float', () => {
    const body = monitorBody({
      balanceId: 'bln_1',
      condition: { field: 'debit_balance', operator: '>', value: '9007199254740993', precision: 100n },
      callbackUrl: 'https://example.com/hook',
    });
    expect(body.condition?.value).toBeInstanceOf(LosslessNumber);
    expect(stringifyForBlnk(body)).toBe(
      '{"balance_id":"bln_1","condition":{"field":"debit_balance","operator":">","value":9007199254740993,"precision":100},"call_back_url":"https://example.com/hook"}',
    );
  });

  it('an update carries the description between the balance and the condition', () => {
    expect(
      Object.keys(monitorBody({ balanceId: 'b', description: '', condition: { field: 'f', operator: '<', value: '1', precision: 1n } })),
    ).toEqual(['balance_id', 'description', 'condition']);
  });
});
