import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget } from './target.js';
import type { Target } from './target.js';
import { expectSameRow } from './rows.js';
import { RFC3339_UTC, ZERO_TIME, create, expectEnvelope, idPattern } from '../helpers/entities.js';
import type { Call } from '../helpers/http.js';

let t: Target;
let call: Call;

beforeAll(async () => {
  t = await startTarget();
  call = t.call;
});
afterAll(() => t.close());

/** Section 4.3, in order. */
const STRING_FIELDS = [
  'identity_type',
  'organization_name',
  'category',
  'first_name',
  'last_name',
  'other_names',
  'gender',
  'email_address',
  'phone_number',
  'nationality',
  'street',
  'country',
  'state',
  'post_code',
  'city',
];
const ALL_FIELDS = ['identity_id', ...STRING_FIELDS, 'dob', 'created_at', 'meta_data'];

const ada = {
  identity_type: 'individual',
  first_name: 'Ada',
  last_name: 'Lovelace',
  other_names: 'Augusta',
  gender: 'female',
  email_address: 'ada@example.com',
  phone_number: '+44 20 7946 0000',
  nationality: 'GB',
  street: '12 St James Square',
  country: 'GB',
  state: 'London',
  post_code: 'SW1Y 4JH',
  city: 'London',
  dob: '1815-12-10T00:00:00Z',
  meta_data: { tier: 'gold' },
};

describe('identities (sections 2.5, 4.3)', () => {
  it('POST /identities {} answers 201 with every string field "" and dob the zero time (§4.3)', async () => {
    const before = Date.now();
    const res = await call('POST', '/identities', { body: {} });
    expect(res.status).toBe(201);
    expect(Object.keys(res.json)).toEqual(ALL_FIELDS);
    for (const field of STRING_FIELDS) expect(res.json[field], field).toBe('');
    expect(res.json.identity_id).toMatch(idPattern('idt'));
    expect(res.json.dob).toBe(ZERO_TIME);
    expect(res.json.meta_data).toBeNull();
    expect(res.json.created_at).toMatch(RFC3339_UTC);
    expect(Math.abs(Date.parse(res.json.created_at) - before)).toBeLessThan(60_000);
    // Read back, it is the same object.
    const read = await call('GET', `/identities/${res.json.identity_id}`);
    expect(read.status).toBe(200);
    expectSameRow(read.json, res.json);
  });

  it('POST /identities keeps every field as sent; GET reads them back (§2.5)', async () => {
    const created = await create(call, '/identities', { ...ada, organization_name: '', category: 'retail' });
    expect(created).toMatchObject({ ...ada, organization_name: '', category: 'retail' });
    const read = await call('GET', `/identities/${created.identity_id}`);
    expectSameRow(read.json, created);
  });

  it('honours a caller-supplied identity_id idt_<uuid> (§1, v0.14.2)', async () => {
    const id = `idt_${randomUUID()}`;
    const created = await create(call, '/identities', { identity_id: id, first_name: 'Grace' });
    expect(created.identity_id).toBe(id);
    const read = await call('GET', `/identities/${id}`);
    expect(read.status).toBe(200);
    expect(read.json.first_name).toBe('Grace');
  });

  it('rejects an identity_id that is not idt_ plus a valid UUID with a 400 (§1)', async () => {
    const uuid = randomUUID();
    for (const identity_id of [`idt_not-a-uuid`, `usr_${uuid}`, `idt_${uuid}0`, uuid, `IDT_${uuid}`, 'idt_']) {
      const res = await call('POST', '/identities', { body: { identity_id } });
      expect(res.status, identity_id).toBe(400);
      expect(typeof res.json.error_detail.code).toBe('string');
      expect((await call('GET', `/identities/${identity_id}`)).status).toBe(404);
    }
  });

  it('a duplicate caller-supplied identity_id is 400 IDT_VALIDATION_ERROR and leaves the first intact (docs/blnk-differences.md)', async () => {
    const id = `idt_${randomUUID()}`;
    await create(call, '/identities', { identity_id: id, first_name: 'First' });
    const res = await call('POST', '/identities', { body: { identity_id: id, first_name: 'Second' } });
    expectEnvelope(res, 400, 'IDT_VALIDATION_ERROR');
    expect((await call('GET', `/identities/${id}`)).json.first_name).toBe('First');
  });

  it('dob "1990-01-01" (not RFC 3339) is 400 GEN_MALFORMED_REQUEST (§4.3)', async () => {
    expectEnvelope(await call('POST', '/identities', { body: { dob: '1990-01-01' } }), 400, 'GEN_MALFORMED_REQUEST');
    expectEnvelope(await call('POST', '/identities', { body: { dob: 19900101 } }), 400, 'GEN_MALFORMED_REQUEST');
    const ok = await create(call, '/identities', { dob: '1990-01-01T00:00:00Z' });
    expect(ok.dob).toBe('1990-01-01T00:00:00Z');
  });

  it('dob is stored as a SQL DATE: the time of day does not survive a read (§4.3)', async () => {
    const created = await create(call, '/identities', { dob: '1990-05-17T13:45:10Z' });
    // The create answer is the struct as bound.
    expect(created.dob).toBe('1990-05-17T13:45:10Z');
    const read = await call('GET', `/identities/${created.identity_id}`);
    expect(read.json.dob).toBe('1990-05-17T00:00:00Z');
  });

  it('a field of the wrong JSON type fails the bind with a 400 (§2.5)', async () => {
    for (const body of [{ first_name: 5 }, { email_address: true }, { meta_data: 'x' }, { city: ['a'] }, [1]]) {
      const res = await call('POST', '/identities', { body });
      expectEnvelope(res, 400, 'GEN_MALFORMED_REQUEST');
    }
    expectEnvelope(await call('POST', '/identities', { rawBody: '{"first_name":' }), 400, 'GEN_MALFORMED_REQUEST');
  });

  it('GET /identities/:id of an unknown id is 404 IDT_NOT_FOUND with details {} (§8.2)', async () => {
    const detail = expectEnvelope(await call('GET', `/identities/idt_${randomUUID()}`), 404, 'IDT_NOT_FOUND');
    expect(detail.details).toEqual({});
  });

  describe('PUT /identities/:id (§2.5)', () => {
    it('answers 200 {"message":"Identity updated successfully"} and writes non-empty fields', async () => {
      const created = await create(call, '/identities', ada);
      const res = await call('PUT', `/identities/${created.identity_id}`, {
        body: { last_name: 'King', city: 'Ockham', dob: '1815-12-11T00:00:00Z' },
      });
      expect(res.status).toBe(200);
      expect(res.text).toBe('{"message":"Identity updated successfully"}');
      const read = await call('GET', `/identities/${created.identity_id}`);
      expectSameRow(read.json, { ...created, last_name: 'King', city: 'Ockham', dob: '1815-12-11T00:00:00Z' });
    });

    it('does not write empty strings or the zero time: an update can set a field, never clear it', async () => {
      const created = await create(call, '/identities', ada);
      const clearing = Object.fromEntries(STRING_FIELDS.map((f) => [f, '']));
      const res = await call('PUT', `/identities/${created.identity_id}`, {
        body: { ...clearing, first_name: 'Augusta Ada', dob: ZERO_TIME },
      });
      expect(res.status).toBe(200);
      const read = await call('GET', `/identities/${created.identity_id}`);
      expectSameRow(read.json, { ...created, first_name: 'Augusta Ada' });
      expect(read.json.dob).toBe('1815-12-10T00:00:00Z');
    });

    it('a wrong field type is a 400 and writes nothing', async () => {
      const created = await create(call, '/identities', ada);
      for (const body of [
        { city: 'Paris', first_name: 5 },
        { first_name: 'Changed', post_code: 75001 },
        { first_name: 'Changed', dob: '1990-01-01' },
        { first_name: 'Changed', meta_data: 'x' },
      ]) {
        const res = await call('PUT', `/identities/${created.identity_id}`, { body });
        expectEnvelope(res, 400, 'GEN_MALFORMED_REQUEST');
        expectSameRow((await call('GET', `/identities/${created.identity_id}`)).json, created);
      }
    });

    it('an unknown id is 404 IDT_NOT_FOUND', async () => {
      const res = await call('PUT', `/identities/idt_${randomUUID()}`, { body: { first_name: 'x' } });
      expectEnvelope(res, 404, 'IDT_NOT_FOUND');
    });
  });

  it('DELETE /identities/:id answers 200 {"message":"Identity deleted successfully"}, then GET is 404 (§2.5)', async () => {
    const created = await create(call, '/identities', ada);
    const res = await call('DELETE', `/identities/${created.identity_id}`);
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"message":"Identity deleted successfully"}');
    expectEnvelope(await call('GET', `/identities/${created.identity_id}`), 404, 'IDT_NOT_FOUND');
    expectEnvelope(await call('DELETE', `/identities/${created.identity_id}`), 404, 'IDT_NOT_FOUND');
  });
});
