import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTarget } from './target.js';
import type { Target } from './target.js';

let t: Target;
beforeAll(async () => {
  t = await startTarget();
});
afterAll(() => t.close());

it('creates a ledger and reads it back', async () => {
  const created = await t.call('POST', '/ledgers', { body: { name: 'smoke' } });
  expect(created.status).toBe(201);
  const read = await t.call('GET', `/ledgers/${created.json.ledger_id}`);
  expect(read.status).toBe(200);
  expect(read.json.name).toBe('smoke');
});
