/**
 * `npm run bench:json`: what the lossless fast path saves. Parses a 100-row balance filter
 * answer (the gateway's most common body) three ways, in one run: JSON.parse (exact only below
 * 2^53), lossless-json, and parseUpstreamJson (JSON.parse unless a 16+ digit number appears).
 * Reported as ratios, since absolute times depend on the machine.
 */
import { isInteger, parse } from 'lossless-json';
import { hasLongNumber, parseUpstreamJson } from '../src/blnk/json.js';

function row(i: number, amount: string): string {
  return `{"balance":${amount},"version":0,"inflight_balance":0,"credit_balance":${amount},"inflight_credit_balance":0,"debit_balance":0,"inflight_debit_balance":0,"ledger_id":"ldg_00000000-0000-4000-8000-000000000001","identity_id":"idt_00000000-0000-4000-8000-000000000002","balance_id":"bln_00000000-0000-4000-8000-${String(i).padStart(12, '0')}","currency":"USD","created_at":"2026-05-01T10:00:00.123456Z","inflight_expires_at":"0001-01-01T00:00:00Z","meta_data":{"tier":"gold"},"track_fund_lineage":false}`;
}

const small = `[${Array.from({ length: 100 }, (_, i) => row(i, String(1_000_000 + i))).join(',')}]`;
const big = `[${Array.from({ length: 100 }, (_, i) => row(i, `12345678901234567890${i}`)).join(',')}]`;

function time(label: string, fn: () => unknown, iterations = 2_000): number {
  for (let i = 0; i < 200; i += 1) fn();
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) fn();
  const perCall = Number(process.hrtime.bigint() - started) / iterations / 1000;
  console.log(`${label.padEnd(44)} ${perCall.toFixed(1).padStart(8)} µs`);
  return perCall;
}

const lossless = (text: string) => parse(text, null, (n) => (isInteger(n) ? BigInt(n) : Number(n)));

console.log(`Node ${process.version}, body of ${small.length} bytes, 100 balance rows\n`);
const native = time('JSON.parse, small amounts', () => JSON.parse(small));
const slow = time('lossless-json, small amounts', () => lossless(small));
const fast = time('parseUpstreamJson, small amounts', () => parseUpstreamJson(small));
const slowBig = time('lossless-json, amounts beyond 2^53', () => lossless(big));
const fastBig = time('parseUpstreamJson, amounts beyond 2^53', () => parseUpstreamJson(big));
console.log(`\nsmall amounts: fast path costs ${(fast / native).toFixed(2)}× JSON.parse, lossless-json ${(slow / native).toFixed(2)}×`);
console.log(`big amounts: parseUpstreamJson costs ${(fastBig / slowBig).toFixed(2)}× lossless-json alone`);

// The guard alone, against the regular expression it replaced: blocks interleaved, medians.
const REGEX = /[:,[]\s*-?\d{16,}/;
const block = (fn: () => unknown) => {
  const started = process.hrtime.bigint();
  for (let i = 0; i < 500; i += 1) fn();
  return Number(process.hrtime.bigint() - started) / 500 / 1000;
};
const scans: number[] = [];
const regexes: number[] = [];
for (let i = 0; i < 30; i += 1) {
  scans.push(block(() => hasLongNumber(small)));
  regexes.push(block(() => REGEX.test(small)));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(
  `guard on small amounts: hasLongNumber ${median(scans).toFixed(1)} µs, the former regular expression ${median(regexes).toFixed(1)} µs (medians of 30 interleaved blocks)`,
);
