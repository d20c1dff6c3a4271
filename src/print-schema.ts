/**
 * `npm run schema` writes schema/schema.graphql from the code; `npm run schema:check` fails
 * when the committed file differs, so every change to the API is reviewed as an SDL diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from './graphql/index.js';

export const SCHEMA_PATH = new URL('../schema/schema.graphql', import.meta.url);

export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const printed = printedSchema();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_PATH, 'utf8');
    } catch {
      // a missing file is drift too
    }
    if (committed !== printed) {
      console.error('schema/schema.graphql is out of date: run `npm run schema` and commit the result.');
      process.exit(1);
    }
    console.log('schema/schema.graphql is up to date.');
  } else {
    writeFileSync(SCHEMA_PATH, printed);
    console.log('wrote schema/schema.graphql');
  }
}
