import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create, expectEnvelope } from '../helpers/entities.js';
import type { Call } from '../helpers/http.js';
import { startTarget } from './target.js';
import type { Target } from './target.js';

let t: Target;
let call: Call;

beforeAll(async () => {
  t = await startTarget();
  call = t.call;
});
afterAll(() => t.close());

const ada = {
  first_name: 'Ada',
  last_name: 'Lovelace',
  email_address: 'ada@example.com',
  street: '12 St James Square',
  post_code: 'SW1Y 4JH',
  city: 'London',
  meta_data: { tier: 'gold' },
};

/** A format-preserving token: "FPT:", the value's shape, ":", the ciphertext. */
const TOKEN = /^FPT:[^:]*:[A-Za-z0-9+/=]+$/;

describe('identity tokenization (v0.15.2 /identities/:id/tokenize, /detokenize, /tokenized-fields)', () => {
  it('tokenizes one field by its struct name or camelCase name, refuses snake_case, other fields and a second time', async () => {
    const id = (await create(call, '/identities', ada)).identity_id as string;
    const none = await call('GET', `/identities/${id}/tokenized-fields`);
    expect(none.status).toBe(200);
    expect(none.json).toEqual({ tokenized_fields: [] });

    expect(expectEnvelope(await call('POST', `/identities/${id}/tokenize/first_name`), 400, 'IDT_FIELD_NOT_TOKENIZABLE').message).toBe(
      'field first_name is not tokenizable',
    );
    expect(expectEnvelope(await call('POST', `/identities/${id}/tokenize/City`), 400, 'IDT_FIELD_NOT_TOKENIZABLE').message).toBe(
      'field City is not tokenizable',
    );

    const one = await call('POST', `/identities/${id}/tokenize/FirstName`);
    expect(one.status).toBe(200);
    expect(one.json).toEqual({ message: 'Field tokenized successfully' });
    expect(expectEnvelope(await call('POST', `/identities/${id}/tokenize/FirstName`), 409, 'IDT_FIELD_ALREADY_TOKENIZED').message).toBe(
      'field FirstName is already tokenized',
    );
    // With one field tokenized (Blnk lists several in Go's random map order).
    expect((await call('GET', `/identities/${id}/tokenized-fields`)).json).toEqual({ tokenized_fields: ['FirstName'] });
    expect((await call('POST', `/identities/${id}/tokenize/lastName`)).status).toBe(200);

    const row = (await call('GET', `/identities/${id}`)).json;
    expect(row.first_name).toMatch(TOKEN);
    expect(row.first_name).toMatch(/^FPT:[A-Z][a-z]{2}:/);
    expect(row.last_name).toMatch(TOKEN);
    expect(row.email_address).toBe('ada@example.com');
    // The marks live in the identity's own metadata, under the struct names.
    expect(row.meta_data).toEqual({ tier: 'gold', tokenized_fields: { FirstName: true, LastName: true } });
    // Several fields are listed in Go's map order, which changes run to run: not recorded.
    const listed = (await t.callKeeping('GET', `/identities/${id}/tokenized-fields`, () => false)).json;
    expect([...listed.tokenized_fields].sort()).toEqual(['FirstName', 'LastName']);

    const single = await call('GET', `/identities/${id}/detokenize/FirstName`);
    expect(single.status).toBe(200);
    expect(single.json).toEqual({ field: 'FirstName', value: 'Ada' });
    const notTokenized = expectEnvelope(await call('GET', `/identities/${id}/detokenize/Street`), 400, 'IDT_FIELD_NOT_TOKENIZED');
    expect(notTokenized.message).toMatch(/^field Street is not tokenized/);
  });

  it('tokenizes a list in order, stopping at the first refused field with the earlier ones kept; detokenizes all or some', async () => {
    const id = (await create(call, '/identities', ada)).identity_id as string;
    expect((await call('POST', `/identities/${id}/tokenize`, { body: { fields: ['FirstName'] } })).status).toBe(200);
    const stopped = await call('POST', `/identities/${id}/tokenize`, { body: { fields: ['Street', 'FirstName', 'PostCode'] } });
    expect(expectEnvelope(stopped, 409, 'IDT_FIELD_ALREADY_TOKENIZED').message).toBe('field FirstName is already tokenized');
    const row = (await call('GET', `/identities/${id}`)).json;
    expect(row.street).toMatch(TOKEN);
    expect(row.post_code).toBe('SW1Y 4JH');
    expect(row.meta_data.tokenized_fields).toEqual({ FirstName: true, Street: true });

    const all = await call('POST', `/identities/${id}/detokenize`, { body: { fields: [] } });
    expect(all.status).toBe(200);
    expect(all.json).toEqual({ fields: { FirstName: 'Ada', Street: '12 St James Square' } });
    // Named fields come back under the name asked for.
    const some = await call('POST', `/identities/${id}/detokenize`, { body: { fields: ['street'] } });
    expect(some.json).toEqual({ fields: { street: '12 St James Square' } });
    expectEnvelope(await call('POST', `/identities/${id}/detokenize`, { body: { fields: ['PostCode'] } }), 400, 'IDT_FIELD_NOT_TOKENIZED');

    expect(
      expectEnvelope(await call('POST', `/identities/${id}/tokenize`, { body: { fields: [] } }), 400, 'GEN_VALIDATION_ERROR').message,
    ).toBe('at least one field must be specified');
    expectEnvelope(await call('POST', `/identities/${id}/tokenize`, { body: {} }), 400, 'GEN_MALFORMED_REQUEST');
    expectEnvelope(await call('POST', `/identities/${id}/detokenize`, { body: {} }), 400, 'GEN_MALFORMED_REQUEST');
  });

  it('answers 404 IDT_NOT_FOUND for a missing identity', async () => {
    const missing = 'idt_00000000-0000-4000-8000-000000000000';
    expectEnvelope(await call('POST', `/identities/${missing}/tokenize`, { body: { fields: ['Street'] } }), 404, 'IDT_NOT_FOUND');
    expectEnvelope(await call('POST', `/identities/${missing}/tokenize/Street`), 404, 'IDT_NOT_FOUND');
    expectEnvelope(await call('GET', `/identities/${missing}/tokenized-fields`), 404, 'IDT_NOT_FOUND');
    expectEnvelope(await call('POST', `/identities/${missing}/detokenize`, { body: { fields: [] } }), 404, 'IDT_NOT_FOUND');
  });
});
