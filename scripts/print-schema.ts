/**
 * `npm run schema` writes the committed SDL from the code; `npm run schema:check` fails when a
 * committed file differs, so every change to the API is reviewed as an SDL diff.
 * - schema/schema.graphql: the schema as served and introspected (federation plumbing included);
 * - schema/subgraph.graphql: the subgraph SDL with its @link and @key directives, as `_service`
 *   answers it and as a supergraph composes it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { printSchema } from 'graphql';
import { schema } from '../src/graphql/index.js';

export const PRINTED = [
  { path: new URL('../schema/schema.graphql', import.meta.url), print: () => `${printSchema(schema)}\n` },
  { path: new URL('../schema/subgraph.graphql', import.meta.url), print: () => `${printSubgraphSchema(schema)}\n` },
];

function committed(path: URL): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // a missing file is drift too
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const check = process.argv.includes('--check');
  let drift = false;
  for (const { path, print } of PRINTED) {
    const name = path.pathname.split('/').slice(-2).join('/');
    if (!check) {
      writeFileSync(path, print());
      console.log(`wrote ${name}`);
    } else if (committed(path) !== print()) {
      console.error(`${name} is out of date: run \`npm run schema\` and commit the result.`);
      drift = true;
    }
  }
  if (drift) process.exit(1);
  if (check) console.log('schema/ is up to date.');
}
