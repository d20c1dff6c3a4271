import { describe, expect, it } from 'vitest';
import { checkSignature, signWebhook } from '../../src/server/webhooks/signature.js';

// server/webhooks/signature.ts: Blnk v0.15.2's signature, hex HMAC-SHA256(secret, "<timestamp>.<raw body>").
const BODY = '{"event":"ledger.created","data":{"ledger_id":"ldg_1"}}';
// Computed apart from the code under test: printf '%s' '1796209444.<body>' | openssl dgst -sha256 -hmac server-secret
const VECTOR = 'f6a60a67178697a9ad10c3b6b09d9e703d3bdeda44a6bed9a385bff88d292991';
const AT = 1796209444;
const bytes = new TextEncoder().encode(BODY);
const at = (seconds: number) => ({ secret: 'server-secret', replayWindowSeconds: 300, now: () => seconds * 1000 });

describe('Blnk webhook signatures', () => {
  it('signs as Blnk does', () => {
    expect(signWebhook('server-secret', String(AT), BODY)).toBe(VECTOR);
  });

  it('accepts the signature in either hex case, within the window', () => {
    expect(checkSignature({ signature: VECTOR, timestamp: String(AT) }, bytes, at(AT + 300))).toEqual({ ok: true });
    expect(checkSignature({ signature: VECTOR.toUpperCase(), timestamp: String(AT) }, bytes, at(AT - 300))).toEqual({ ok: true });
  });

  it('tells unsigned, invalid and stale apart', () => {
    expect(checkSignature({ signature: null, timestamp: String(AT) }, bytes, at(AT))).toEqual({ ok: false, reason: 'unsigned' });
    expect(checkSignature({ signature: VECTOR, timestamp: null }, bytes, at(AT))).toEqual({ ok: false, reason: 'unsigned' });
    expect(checkSignature({ signature: `${VECTOR.slice(0, 63)}0`, timestamp: String(AT) }, bytes, at(AT))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(checkSignature({ signature: `${VECTOR}00`, timestamp: String(AT) }, bytes, at(AT))).toEqual({ ok: false, reason: 'invalid' });
    expect(checkSignature({ signature: VECTOR, timestamp: String(AT + 1) }, bytes, at(AT))).toEqual({ ok: false, reason: 'invalid' });
    expect(checkSignature({ signature: VECTOR, timestamp: String(AT) }, bytes, at(AT + 301))).toEqual({ ok: false, reason: 'stale' });
    expect(checkSignature({ signature: VECTOR, timestamp: String(AT) }, bytes, at(AT - 301))).toEqual({ ok: false, reason: 'stale' });
  });

  it('a correctly signed timestamp that is not unix seconds is out of the window', () => {
    const odd = signWebhook('server-secret', '1e9', BODY);
    expect(checkSignature({ signature: odd, timestamp: '1e9' }, bytes, at(1e9))).toEqual({ ok: false, reason: 'stale' });
  });
});
