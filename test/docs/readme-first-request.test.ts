import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { spawnBuilt } from '../helpers/process.js';

/**
 * The README's first request and its development tokens (issue 21, items 1, 6, 10), run as
 * written against the built gateway `npm start` runs: the curl lines through a shell, the fetch
 * example through node. Only the port differs (PORT=0 keeps the test off any port in use).
 */
const run = promisify(execFile);
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const SLOW_MS = 120_000;
const SECRET = 'a-development-secret-of-32-chars-or-more';
const ANSWER = { data: { ledger: { name: 'General Ledger' } } };

/** The fenced block of `lang` that follows `after` in the README. */
function blockAfter(after: string, lang: string): string {
  const at = README.indexOf(after);
  expect(at, `README: ${after}`).toBeGreaterThan(-1);
  const open = README.indexOf(`\`\`\`${lang}\n`, at);
  return README.slice(open + lang.length + 4, README.indexOf('\n```', open));
}

const curlLines = (block: string) => block.split('\n').filter((l) => l.startsWith('curl '));
const onPort = (text: string, base: string) => text.replaceAll('http://127.0.0.1:4000', base);

async function started(env: Record<string, string>): Promise<string> {
  const app = await spawnBuilt('main.js', [], { HOST: '127.0.0.1', PORT: '0', ...env });
  return (await app.line(/gateway on (http:\/\/127\.0\.0\.1:\d+)\/graphql/))!;
}

async function sh(line: string, env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run('sh', ['-c', line], { env: { PATH: process.env.PATH ?? '', ...env } });
  return stdout;
}

describe('README: the first request', () => {
  it(
    'its curl lines (POST and GET) and its fetch example answer as it says; / redirects; a GET without the CSRF header is refused with a code',
    async () => {
      const base = await started({});
      const lines = curlLines(blockAfter('With `npm start` running', 'sh'));
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(JSON.parse(await sh(onPort(line, base)))).toEqual(ANSWER);
      expect(README).toContain('Both answer `{"data":{"ledger":{"name":"General Ledger"}}}`');

      const script = onPort(blockAfter('From JavaScript:', 'js'), base);
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
      expect(JSON.parse(stdout)).toEqual(ANSWER);

      const root = await fetch(`${base}/`, { redirect: 'manual' });
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/graphql');
      expect(await root.text()).toBe('The GraphQL endpoint is /graphql\n');

      // The GET line without its header: refused, coded, and saying what to send.
      const bare = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`);
      expect(bare.status).toBe(403);
      expect(await bare.json()).toEqual({
        errors: [
          {
            message:
              'Required CSRF header missing: send `x-graphql-yoga-csrf: 1` (or `apollo-require-preflight: 1`) with a GET, ' +
              'or POST the request as JSON with `Content-Type: application/json`',
            extensions: { code: 'CSRF_HEADER_REQUIRED' },
          },
        ],
      });
      // A text/plain POST is one a browser sends cross-site without a preflight: refused too.
      const plain = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
      expect(plain.status).toBe(403);
    },
    SLOW_MS,
  );
});

describe('README: development tokens (npm run token)', () => {
  it(
    'the minted token is accepted by AUTH_MODE=jwt, a read-only one is refused a write naming the scope, and production refuses to mint',
    async () => {
      const auth = { JWT_SECRET: SECRET, JWT_ISSUER: 'https://dev.test', JWT_AUDIENCE: 'blnk-graphql' };
      const base = await started({ AUTH_MODE: 'jwt', ...auth });
      const block = blockAfter('To try `AUTH_MODE=jwt`', 'sh');
      expect(block).toContain(`export JWT_SECRET=${SECRET}`);
      const mint = block.split('\n').find((l) => l.startsWith('TOKEN=$('))!;
      const token = (await sh(mint.replace(/^TOKEN=\$\((.*)\)$/, '$1'), auth)).trim();
      expect(token.split('.')).toHaveLength(3);
      const [line] = curlLines(block);
      expect(JSON.parse(await sh(onPort(line!, base), { TOKEN: token }))).toEqual(ANSWER);
      // Without it: 401.
      expect((await fetch(`${base}/graphql?query=%7B__typename%7D`, { headers: { 'x-graphql-yoga-csrf': '1' } })).status).toBe(401);

      // A write the token lacks the scope for: refused before anything is sent, naming the scope
      // to ask for (the Mutation type needs ledger:write first, createLedger then ledger:admin).
      const refusal = async (scope: string) => {
        const token = (await sh(`npm run -s token -- --scope '${scope}'`, auth)).trim();
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: 'mutation { createLedger(input: { name: "x" }) { __typename } }' }),
        });
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
        return body.errors.map((e) => [e.message, e.extensions.code]);
      };
      expect(await refusal('ledger:read')).toEqual([['Forbidden: needs ledger:write', 'FORBIDDEN']]);
      expect(await refusal('ledger:write')).toEqual([['Forbidden: needs ledger:admin', 'FORBIDDEN']]);

      // Confined to Grace, Ada's balance is refused as missing, exactly as an id that does not
      // exist: naming scopes says nothing about which objects exist.
      const grace = (
        await sh("npm run -s token -- --scope 'ledger:read' --identity idt_00000000-0000-4000-8000-000000000002", auth)
      ).trim();
      const balance = async (id: string) => {
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${grace}` },
          body: JSON.stringify({ query: `{ balance(id: "${id}") { id } }` }),
        });
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
        return body.errors.map((e) => [e.message, e.extensions.code]);
      };
      expect(await balance('bln_00000000-0000-4000-8000-000000000001')).toEqual([['Balance not found', 'NOT_FOUND']]);
      expect(await balance('bln_00000000-0000-4000-8000-0000000000ff')).toEqual([['Balance not found', 'NOT_FOUND']]);

      const production = await sh('NODE_ENV=production npm run -s token -- --scope \'ledger:read\' 2>&1; echo "exit $?"', auth);
      expect(production).toBe(
        'npm run token: refused when NODE_ENV=production: mint production tokens with your identity provider, not with the signing secret\nexit 2\n',
      );
    },
    SLOW_MS,
  );
});
