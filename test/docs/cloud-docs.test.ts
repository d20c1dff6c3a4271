import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * The README's "Blnk Cloud" section and docs/blnk-contract.md section 11 are what an operator
 * reads before pointing the gateway at Cloud: they name every setting, scope and Cloud-only code,
 * give each seed page its row, and every GraphQL field they name (`Type.field`) is in the schema.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const schema = buildSchema(read('schema/schema.graphql'));

/**
 * The five reference pages the project began from. They live beside the repository, not in it
 * (so not in CI): their names are written here, and the contract's table must match them.
 */
const SEEDS = [
  '000_fa4d290c65f2ef45.txt',
  '001_00348e02ac1d3b80.txt',
  '002_045b2bd47d206434.txt',
  '003_27f8d0750caeb60b.txt',
  '004_70f343bdb95dd370.txt',
];

/**
 * Fields another change adds and the schema here does not hold yet. The integrator deletes this
 * list once that change is merged (then the schema must hold them, like every other field).
 */
/** The text from a heading line to the next heading of the same or a higher level (a `#` in a code block is no heading). */
function section(text: string, heading: string): string {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const level = heading.indexOf(' ');
  let fenced = false;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && /^#+ /.test(line) && line.indexOf(' ') <= level) return lines.slice(start, i).join('\n');
  }
  return lines.slice(start).join('\n');
}

/** Every `Type.field` (or `Type.field(args…)`) code span: a schema coordinate. */
function fieldsNamed(text: string): string[] {
  return [...text.matchAll(/`([A-Z][A-Za-z0-9_]*\.[a-z_][A-Za-z0-9_]*)(?:\([^`]*\))?`/g)].map((m) => m[1]!);
}

/** The coordinates the schema lacks, allow-listed ones aside. */
function missing(coordinates: string[]): string[] {
  return coordinates.filter((c) => {
    const [typeName, field] = c.split('.') as [string, string];
    const type = schema.getType(typeName);
    return !((isObjectType(type) || isInterfaceType(type)) && field in type.getFields());
  });
}

describe("the README's Blnk Cloud section", () => {
  const cloud = section(read('README.md'), '## Blnk Cloud');

  it('names every Cloud setting', () => {
    for (const setting of [
      'BLNK_CLOUD_TOKEN',
      'BLNK_CLOUD_CLIENT_ID',
      'BLNK_CLOUD_CLIENT_SECRET',
      'BLNK_CLOUD_INSTANCE_ID',
      'BLNK_CLOUD_URL',
    ]) {
      expect(cloud, setting).toContain(`\`${setting}\``);
    }
    // Refused with Cloud at start: it must say so where Cloud is explained.
    expect(cloud).toContain('`BLNK_KEY_PASSTHROUGH=true`');
  });

  it('has a row for each scope, saying which GraphQL fields need it', () => {
    const scopes = section(cloud, '### Scopes');
    for (const scope of ['data:read', 'proxy:read', 'proxy:write']) {
      const row = scopes.split('\n').find((l) => l.startsWith(`| \`${scope}\` |`));
      expect(row, scope).toBeDefined();
      expect(fieldsNamed(row!).length + (row!.includes('every mutation') ? 1 : 0), scope).toBeGreaterThan(0);
    }
  });

  it("names Cloud's own codes and the estimate flag", () => {
    for (const word of ['UPSTREAM_RATE_LIMITED', 'UPSTREAM_FORBIDDEN', 'totalCountIsEstimate', 'strict_total', 'Retry-After']) {
      expect(cloud, word).toContain(word);
    }
  });

  it('gives the units with their evidence: the same balance in two units', () => {
    const units = section(cloud, '### Units');
    expect(units).toContain('bln_5ce86029-3c2e-4e2a-aae2-7fb931ca4c4f');
    // 100.50 USD in cents is 10050: the Data API's major units against the Filters API's minor.
    expect(units).toContain('"balance": 100.50');
    expect(units).toContain('"balance": 10050');
    expect(units).toMatch(/never used/);
  });

  it('cites Cloud documents by their path in blnk-docs, and links nothing outside the repository', () => {
    const cited = new Set([...cloud.matchAll(/`(cloud\/[a-z-]+\/[a-z-]+\.mdx)`/g)].map((m) => m[1]!));
    for (const page of [
      'cloud/proxy/data-api.mdx',
      'cloud/proxy/filters-api.mdx',
      'cloud/reference/proxy-api.mdx',
      'cloud/reference/get-access-token.mdx',
    ]) {
      expect([...cited], page).toContain(page);
    }
    expect(cloud).not.toMatch(/\]\(https?:/);
  });

  it('names only GraphQL fields that exist', () => {
    const named = fieldsNamed(cloud);
    expect(named.length).toBeGreaterThan(20);
    expect(missing(named)).toEqual([]);
  });
});

describe('docs/blnk-contract.md, the seed pages', () => {
  const seeds = section(read('docs/blnk-contract.md'), '### 11.6 The seed pages');
  const rows = seeds.split('\n').filter((l) => /^\| \d{3} /.test(l));

  it('has one row per seed page, in order', () => {
    expect(rows.map((r) => /`(\d{3}_[0-9a-f]{16}\.txt)`/.exec(r)?.[1])).toEqual(SEEDS);
  });

  it('says for each the route, the GraphQL field and the call on Core and on Cloud', () => {
    for (const row of rows) {
      const cells = row.split(/(?<!\\)\|/).slice(1, -1);
      expect(cells, row).toHaveLength(5);
      const [, route, graphqlCell, core, cloud] = cells as [string, string, string, string, string];
      expect(route, row).toMatch(/`(GET|POST) \//);
      expect(fieldsNamed(graphqlCell).length, row).toBeGreaterThan(0);
      expect(core, row).toMatch(/`(GET|POST) \/(balances|ledgers)/);
      expect(cloud, row).toMatch(/`(GET|POST) \/(data|proxy)\//);
    }
  });

  it('names only GraphQL fields that exist', () => {
    expect(missing(rows.flatMap(fieldsNamed))).toEqual([]);
  });

  it('serves seed 000 from the Data API and its amounts from the proxy', () => {
    expect(rows[0]).toContain('`GET /data/balances/{id}`');
    expect(rows[0]).toContain('`GET /proxy/balances/{id}`');
  });
});

describe('the checker', () => {
  it('finds schema coordinates, and misses a field that does not exist', () => {
    expect(fieldsNamed('`Query.balance(id:)` and `Balance.version`, not `cloud/proxy/x.mdx` or `GET /data`')).toEqual([
      'Query.balance',
      'Balance.version',
    ]);
    expect(missing(['Query.balance', 'Balance.nope', 'Nope.id', 'TransactionConnection.totalCountIsEstimate'])).toEqual([
      'Balance.nope',
      'Nope.id',
    ]);
  });
});
