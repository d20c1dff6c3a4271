import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** docs/clients.md and the README's federation hint say what the code and the schema do. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const clients = read('docs/clients.md');

describe('docs/clients.md', () => {
  it('counts and lists exactly the schema’s custom scalars', () => {
    const scalars = [...read('schema/schema.graphql').matchAll(/^scalar (\w+)/gm)].map((m) => m[1]!).filter((s) => !s.startsWith('_'));
    expect(scalars.sort()).toEqual(['BigInt', 'Date', 'DateTime', 'JSON']);
    const words = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six'];
    expect(clients).toContain(`${words[scalars.length]} custom scalars`);
    const rows = [...clients.matchAll(/^\| `(\w+)` \| .* \| `[^`]+` \| .* \|$/gm)].map((m) => m[1]!);
    expect(rows.filter((r) => scalars.includes(r)).sort()).toEqual(scalars);
  });

  it("shows the example's error helper, which keeps the server's message beside the code", () => {
    // Assembled so the source holds no `${` inside a plain string.
    const line = [
      'super(errors.map((e) => `$',
      "{e.extensions?.code ?? 'ERROR'}: $",
      "{e.message}`).join('; ') || `HTTP $",
      '{status}`);',
    ].join('');
    expect(read('examples/wallet-client/src/client.ts')).toContain(line);
    expect(clients).toContain(line);
  });

  it("imports Apollo's possibleTypes from the output its codegen config generates", () => {
    const output = /'(src\/gql\/[\w-]+)\.ts': \{\s*plugins: \['fragment-matcher'\]/.exec(clients);
    expect(output).not.toBeNull();
    // The plugin writes a default export { possibleTypes }; NodeNext imports it with .js.
    expect(clients).toContain(`import introspection from './${output![1]!.slice('src/'.length)}.js';`);
    expect(clients).toContain('possibleTypes: introspection.possibleTypes,');
  });

  it('shows the same one-line-per-transfer filter the example runs', () => {
    const filter = ".filter((t) => t.parentTransaction?.status !== 'QUEUED');";
    expect(read('examples/wallet-client/src/wallet.ts')).toContain(filter);
    expect(clients).toContain(filter);
  });
});

describe("the README's supergraph config", () => {
  it('composes with the Federation version the subgraph links', () => {
    const linked = /specs\.apollo\.dev\/federation\/v(\d+\.\d+)/.exec(read('schema/subgraph.graphql'))![1];
    expect(read('README.md')).toContain(`federation_version: =${linked}.0`);
  });
});
