import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_NAMES, readWebhook } from '../../src/blnk/webhook-events.js';
import { RECORDED_EVENTS, recorded } from '../helpers/webhooks.js';

// blnk/webhook-events.ts: Blnk's webhook bodies, as real Blnk v0.15.2 sent them, into LedgerEvents.
describe('readWebhook over every recorded delivery', () => {
  it('has a recording of every event Blnk sends, and knows every recorded one', () => {
    expect(RECORDED_EVENTS).toEqual([...WEBHOOK_EVENT_NAMES].sort());
  });

  it('transaction.applied: a queued outcome, naming its queued parent', () => {
    expect(readWebhook(recorded('transaction.applied').body)).toEqual({
      outcome: 'event',
      name: 'transaction.applied',
      event: {
        kind: 'transaction',
        event: 'transaction.applied',
        transactionId: 'txn_f9316ef7-bbd4-4afa-a7a8-50b1b97debcb',
        status: 'APPLIED',
        parentTransactionId: 'txn_1220b98c-6273-400f-851a-17b1d6cea817',
        reference: 'gql_e5b89715-524e-44b4-9420-2a4c02b1518f_q',
        source: 'bln_2c115bda-6c3b-43a0-81ee-2937c2c167c0',
        destination: 'bln_c90c73a1-99e1-44b2-bb46-6a12ff1d0b3b',
        queuedParentId: 'txn_1220b98c-6273-400f-851a-17b1d6cea817',
      },
    });
  });

  it('transaction.inflight: no parent ("" is none), no queued parent', () => {
    expect(readWebhook(recorded('transaction.inflight').body)).toMatchObject({
      outcome: 'event',
      event: {
        kind: 'transaction',
        event: 'transaction.inflight',
        transactionId: 'txn_f37954a9-9c3e-448b-adf1-e647f41f90e6',
        status: 'INFLIGHT',
        parentTransactionId: null,
        queuedParentId: null,
      },
    });
  });

  it('transaction.rejected and transaction.void', () => {
    expect(readWebhook(recorded('transaction.rejected').body)).toMatchObject({
      event: {
        event: 'transaction.rejected',
        status: 'REJECTED',
        transactionId: 'txn_36ac408f-3070-44c7-9ce2-50e2ed814791',
        queuedParentId: 'txn_9411603f-b8bb-45ee-8df1-f07961da11c9',
      },
    });
    expect(readWebhook(recorded('transaction.void').body)).toMatchObject({
      event: {
        event: 'transaction.void',
        status: 'VOID',
        transactionId: 'txn_fc321f7f-ee19-4b31-b871-b06fc086f438',
        parentTransactionId: 'txn_6502fd7b-e2b5-4754-969a-4e37505ee9c5',
      },
    });
  });

  it('the creations: balance (identity "" is none), ledger, identity', () => {
    expect(readWebhook(recorded('balance.created').body)).toEqual({
      outcome: 'event',
      name: 'balance.created',
      event: {
        kind: 'balance.created',
        balanceId: 'bln_c90c73a1-99e1-44b2-bb46-6a12ff1d0b3b',
        ledgerId: 'ldg_aee52b76-8c4a-49ab-92af-bedf8ede0dd7',
        identityId: null,
      },
    });
    expect(readWebhook(recorded('ledger.created').body)).toMatchObject({
      event: { kind: 'ledger.created', ledgerId: 'ldg_aee52b76-8c4a-49ab-92af-bedf8ede0dd7' },
    });
    expect(readWebhook(recorded('identity.created').body)).toMatchObject({
      event: { kind: 'identity.created', identityId: 'idt_f53d4121-9db2-4815-96a9-7a46c24a9761' },
    });
  });

  it('bulk_transaction.applied and balance.monitor', () => {
    expect(readWebhook(recorded('bulk_transaction.applied').body)).toMatchObject({
      event: { kind: 'bulk.applied', batchId: 'bulk_5a49449a-55d5-453d-bdf2-028b35a85bdf', transactionCount: 2 },
    });
    expect(readWebhook(recorded('balance.monitor').body)).toEqual({
      outcome: 'event',
      name: 'balance.monitor',
      event: {
        kind: 'monitor',
        monitorId: 'mon_574d30d9-8f49-4c7a-a739-5d848696f1c6',
        balanceId: 'bln_edd8755d-bf69-4fbe-a1a9-33357e07a456',
      },
    });
  });

  it('system.error is ignored: its text (Blnk internals) never leaves the reading', () => {
    const reading = readWebhook(recorded('system.error').body);
    expect(reading).toEqual({ outcome: 'ignored', name: 'system.error' });
    expect(JSON.stringify(reading)).not.toContain('dup-sq');
  });

  it('never carries an amount, whatever the body says (events are ids and states only)', () => {
    for (const name of RECORDED_EVENTS) {
      const text = JSON.stringify(readWebhook(recorded(name).body));
      expect(text).not.toMatch(/amount|balance"?:\s*\d|precise|"value"/i);
    }
    // Amounts as floats beyond 2^53, as Blnk sends them, are simply not read.
    const big = recorded('transaction.applied').body.replace('"precise_amount":10000', '"precise_amount":1.23456e+23');
    expect(readWebhook(big)).toMatchObject({ outcome: 'event', event: { transactionId: 'txn_f9316ef7-bbd4-4afa-a7a8-50b1b97debcb' } });
  });
});

describe('readWebhook refuses what is not a delivery', () => {
  it.each([
    ['not JSON', '{"event":'],
    ['not an envelope', '[1,2]'],
    ['an envelope without an event', '{"data":{}}'],
    ['a known event without data', '{"event":"ledger.created"}'],
    [
      'a transaction without its id',
      '{"event":"transaction.applied","data":{"status":"APPLIED","reference":"r","source":"bln_a","destination":"bln_b"}}',
    ],
    ['an id that is not a string', '{"event":"balance.monitor","data":{"monitor_id":7,"balance_id":"bln_a"}}'],
  ])('%s → malformed', (_what, body) => {
    expect(readWebhook(body)).toMatchObject({ outcome: 'malformed' });
  });

  it('an event this version does not know is ignored, not refused (Blnk would retry it 25 times)', () => {
    expect(readWebhook('{"event":"balance.updated","data":{}}')).toEqual({ outcome: 'ignored', name: 'balance.updated' });
  });

  it('a malformed reason never quotes the body', () => {
    const reading = readWebhook('{"event":"transaction.applied","data":{"status":"secret-status-text"}}');
    expect(reading.outcome).toBe('malformed');
    expect(JSON.stringify(reading)).not.toContain('secret-status-text');
  });
});
