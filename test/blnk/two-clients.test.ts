import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/blnk/client.js';
import type { BlnkClient } from '../../src/blnk/client.js';
import { CloudClient } from '../../src/blnk/cloud-client.js';
import { CoreClient } from '../../src/blnk/core-client.js';
import { BlnkHttp, createDispatcher } from '../../src/blnk/http.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';

/**
 * Issue 22, item 10: Core and Cloud are two implementations of one client interface, each
 * speaking its own API. The same operations, sent by each client to a sandbox serving that
 * surface, reach the routes that surface documents: Core's own routes; on Cloud, the Data API
 * for a read by id, the Filters API at the root for a list, and Core's route behind `/proxy`
 * for a write.
 */
const CLOUD = { token: 'blnk_at_two-clients', instanceId: 'inst_two' };

interface Surface {
  sandbox: Sandbox;
  http: BlnkHttp;
  client: BlnkClient;
}

async function start(cloud: boolean): Promise<Surface> {
  const sandbox = await startSandbox({ port: 0, ...(cloud ? { cloud: CLOUD } : {}) });
  const http = new BlnkHttp({
    origin: sandbox.url,
    dispatcher: createDispatcher(sandbox.url),
    timeoutMs: 5_000,
    ...(cloud ? { headers: { authorization: `Bearer ${CLOUD.token}` } } : {}),
    ...(cloud ? { query: { instance_id: CLOUD.instanceId } } : {}),
  });
  return { sandbox, http, client: createClient(http, { surface: cloud ? 'cloud' : 'core' }) };
}

/** Method and path (query string dropped) of each request the sandbox received since `from`. */
const routesSince = (s: Surface, from: number) => s.sandbox.requests.slice(from).map((r) => `${r.method} ${r.path.split('?')[0]}`);

describe('one client interface, two implementations', () => {
  let core: Surface;
  let cloud: Surface;

  beforeAll(async () => {
    [core, cloud] = await Promise.all([start(false), start(true)]);
  });
  afterAll(async () => {
    for (const s of [core, cloud].filter(Boolean)) {
      s.http.shutdown();
      await s.sandbox.close();
    }
  });

  it('createClient picks the implementation of the surface', () => {
    expect(core.client).toBeInstanceOf(CoreClient);
    expect(core.client).not.toBeInstanceOf(CloudClient);
    expect(cloud.client).toBeInstanceOf(CloudClient);
  });

  it('Core: a write, a read by id and a list go to Core routes', async () => {
    const from = core.sandbox.requests.length;
    const ledger = await core.client.createLedger({ name: 'two-clients core' });
    expect((await core.client.getLedger(ledger.id)).name).toBe('two-clients core');
    const page = await core.client.filterLedgers({
      filters: [{ field: 'id', operator: 'eq', value: ledger.id }],
      limit: 1,
      offset: 0,
    });
    expect(page.rows.map((l) => l.id)).toEqual([ledger.id]);
    expect(routesSince(core, from)).toEqual(['POST /ledgers', `GET /ledgers/${ledger.id}`, 'POST /ledgers/filter']);
  });

  it('Cloud: the write through the proxy, the read from the Data API, the list from the Filters API', async () => {
    const from = cloud.sandbox.requests.length;
    const ledger = await cloud.client.createLedger({ name: 'two-clients cloud' });
    // What the GraphQL planner passes: the fields the selection needs, which Cloud's rows hold.
    const needs = new Set(['id', 'name']);
    expect((await cloud.client.getLedger(ledger.id, needs)).name).toBe('two-clients cloud');
    const page = await cloud.client.filterLedgers(
      { filters: [{ field: 'id', operator: 'eq', value: ledger.id }], limit: 1, offset: 0 },
      needs,
    );
    expect(page.rows.map((l) => l.id)).toEqual([ledger.id]);
    expect(routesSince(cloud, from)).toEqual(['POST /proxy/ledgers', `GET /data/ledgers/${ledger.id}`, 'POST /ledger/filter']);
    // Every call carried the bearer and the instance: the sandbox answers 401 to a call without them.
    expect(cloud.sandbox.requests.slice(from).map((r) => r.status)).toEqual([201, 200, 200]);
  });

  it('Cloud, asked for whole rows (no needs): Core’s rows behind the proxy, complete', async () => {
    const ledger = await cloud.client.createLedger({ name: 'two-clients whole', metaData: { team: 'ops' } });
    const from = cloud.sandbox.requests.length;
    expect((await cloud.client.getLedger(ledger.id)).metaData).toEqual({ team: 'ops' });
    const page = await cloud.client.filterLedgers({ filters: [{ field: 'id', operator: 'eq', value: ledger.id }], limit: 1, offset: 0 });
    expect(page.rows.map((l) => [l.id, l.metaData])).toEqual([[ledger.id, { team: 'ops' }]]);
    // The Filters API's ledger rows lack meta_data: one batched Core filter completes them.
    expect(routesSince(cloud, from)).toEqual([`GET /proxy/ledgers/${ledger.id}`, 'POST /ledger/filter', 'POST /proxy/ledgers/filter']);
  });

  it('neither implementation branches on the surface: each is the API it talks to', () => {
    for (const file of ['blnk/core-client.ts', 'blnk/cloud-client.ts', 'blnk/upstream.ts']) {
      const text = readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
      expect(text, file).not.toMatch(/surface\s*===|===\s*'cloud'|this\.cloud\b|isCloud/);
    }
    // Nor does the GraphQL layer or its loaders: they ask the client what its routes hold
    // (client.ts RowRoutes), never which surface it is.
    for (const dir of ['graphql', 'loaders']) {
      const folder = new URL(`../../src/${dir}/`, import.meta.url);
      for (const name of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
        const text = readFileSync(new URL(name, folder), 'utf8');
        expect(text, `${dir}/${name}`).not.toMatch(/\bSurface\b|surface\s*===|'cloud'/);
      }
    }
  });
});
