/**
 * `npm run token -- --scope 'ledger:read ledger:write' [--identity idt_…] [--ttl 1h] [--subject dev]`:
 * a development token for a gateway started with AUTH_MODE=jwt and JWT_SECRET, signed with the
 * same JWT_SECRET and carrying the JWT_ISSUER, JWT_AUDIENCE and JWT_IDENTITY_CLAIM it reads, so
 * the token is accepted as minted. Only the token is printed (to stdout), never the secret.
 * Refused under NODE_ENV=production: tokens there come from the deployment's identity provider.
 */
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { isIdentityId, isScope } from './principal.js';

function fail(message: string): never {
  console.error(`npm run token: ${message}`);
  process.exit(2);
}

const env = process.env;
if (env.NODE_ENV === 'production') {
  fail('refused when NODE_ENV=production: mint production tokens with your identity provider, not with the signing secret');
}

let values: { scope?: string; identity?: string; ttl?: string; subject?: string };
try {
  ({ values } = parseArgs({
    options: { scope: { type: 'string' }, identity: { type: 'string' }, ttl: { type: 'string' }, subject: { type: 'string' } },
  }));
} catch (error) {
  fail((error as Error).message);
}

const scopes = (values.scope ?? '').split(/\s+/).filter((s) => s !== '');
if (scopes.length === 0) fail("--scope is required, e.g. --scope 'ledger:read ledger:write'");
const unknown = scopes.filter((s) => !isScope(s));
if (unknown.length > 0) fail(`unknown scope ${unknown.join(', ')}: use ledger:read, ledger:write, ledger:admin or pii:read`);
if (values.identity !== undefined && !isIdentityId(values.identity))
  fail(`--identity must be an identity id (idt_…), got '${values.identity}'`);
const ttl = values.ttl ?? '1h';
// The units the gateway's own durations take (JWT_MAX_TOKEN_AGE, 24h by default).
if (!/^[1-9]\d*[smhd]$/.test(ttl)) fail(`--ttl must be a number with a unit (s, m, h or d), e.g. 15m or 1h, got '${ttl}'`);

const secret = env.JWT_SECRET ?? '';
if (secret === '') fail('JWT_SECRET is not set: set the same JWT_SECRET (32 characters or more) the gateway is started with');
if (secret.length < 32) fail('JWT_SECRET must be at least 32 characters, as the gateway requires');

const claims: Record<string, unknown> = { scope: scopes.join(' ') };
if (values.identity !== undefined) claims[env.JWT_IDENTITY_CLAIM?.trim() || 'blnk_identity_id'] = values.identity;
const jwt = new SignJWT(claims)
  .setProtectedHeader({ alg: 'HS256' })
  .setSubject(values.subject ?? 'dev')
  .setIssuedAt()
  .setExpirationTime(ttl);
const issuer = env.JWT_ISSUER?.trim();
const audience = env.JWT_AUDIENCE?.trim();
if (issuer) jwt.setIssuer(issuer);
if (audience) jwt.setAudience(audience);
console.log(await jwt.sign(new TextEncoder().encode(secret)));
