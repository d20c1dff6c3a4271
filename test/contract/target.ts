import { basename } from 'node:path';
import { expect } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { bareJson, client } from '../helpers/http.js';
import type { Call, CallOptions, RawResponse } from '../helpers/http.js';
import { startBlnk } from '../real-blnk/server.js';
import type { BlnkInstance, ServerStamp } from '../real-blnk/server.js';
import { Recorder } from './recording.js';

/**
 * The Blnk a contract test or scenario talks to: the sandbox (`npm test`), or real Blnk Core
 * (`npm run test:blnk`, which sets BLNK_TARGET=blnk and gives BLNK_BIN or BLNK_TEST_URL). One
 * definition of a belief runs on both; a belief real Blnk contradicts is a sandbox bug.
 */
export type TargetKind = 'sandbox' | 'blnk';

export interface Target {
  kind: TargetKind;
  url: string;
  /** The master key when the target runs in secure mode. */
  apiKey?: string;
  /** Raw REST, recorded when recording; headers carry the key in secure mode unless given. */
  call: Call;
  /**
   * Asks until `until` holds, at most `timeoutMs` (real Blnk's queue applies in 250–1,300 ms, a
   * scheduled transaction about 2 s late), and answers the last response. Only that one is recorded.
   */
  poll(
    method: string,
    path: string,
    until: (res: RawResponse) => boolean,
    options?: CallOptions & { timeoutMs?: number },
  ): Promise<RawResponse>;
  /**
   * Like `call`, but recorded only when `keep` holds for the answer. For a race on real Blnk that a
   * test retries until it sees the outcome it pins (a GET sent right after a queued 201 that finds
   * no row yet): the attempts that lost the race leave no trace a replay could not reproduce.
   */
  callKeeping(method: string, path: string, keep: (res: RawResponse) => boolean, options?: CallOptions): Promise<RawResponse>;
  /** The sandbox itself, for the beliefs only it can show; undefined on real Blnk. */
  sandbox?: Sandbox;
  close(): Promise<void>;
}

export function targetKind(): TargetKind {
  const kind = process.env.BLNK_TARGET ?? 'sandbox';
  if (kind !== 'sandbox' && kind !== 'blnk') throw new Error(`BLNK_TARGET must be sandbox or blnk, not ${kind}`);
  return kind;
}

async function realBlnk(
  secure: boolean,
  extra: { webhookUrl?: string },
): Promise<{ url: string; apiKey?: string; stamp: ServerStamp; close(): Promise<void> }> {
  const bin = process.env.BLNK_BIN;
  if (bin) {
    const instance: BlnkInstance = await startBlnk({ bin, secure, ...extra });
    return {
      url: instance.url,
      ...(instance.secretKey ? { apiKey: instance.secretKey } : {}),
      stamp: instance.stamp,
      close: instance.close,
    };
  }
  const url = secure ? process.env.BLNK_TEST_SECURE_URL : process.env.BLNK_TEST_URL;
  if (!url) {
    throw new Error(
      secure
        ? 'a secure-mode Blnk is needed: set BLNK_BIN, or BLNK_TEST_SECURE_URL with BLNK_TEST_SECRET_KEY'
        : 'set BLNK_BIN (a Blnk server binary) or BLNK_TEST_URL (a running Blnk)',
    );
  }
  const health = await (await fetch(`${url}/health`)).json();
  const root = await (await fetch(`${url}/`)).json().catch(() => null);
  return {
    url,
    ...(secure && process.env.BLNK_TEST_SECRET_KEY ? { apiKey: process.env.BLNK_TEST_SECRET_KEY } : {}),
    stamp: { declaredVersion: process.env.BLNK_VERSION ?? 'v0.15.2', binarySha256: 'unknown (BLNK_TEST_URL)', root, health },
    close: async () => undefined,
  };
}

/** How many real-Blnk targets each test file has started, so each gets its own recording. */
const started = new Map<string, number>();

export async function startTarget(
  options: {
    secure?: boolean;
    kind?: TargetKind;
    /** Where it sends its webhooks, signed when secure (real Blnk: BLNK_BIN only; the sandbox sends them as Blnk does). */
    webhookUrl?: string;
  } = {},
): Promise<Target> {
  const kind = options.kind ?? targetKind();
  const secure = options.secure ?? false;
  const file = basename(expect.getState().testPath ?? 'unknown.test.ts');
  if (kind === 'sandbox') {
    const apiKey = secure ? `sandbox-key-${Math.random().toString(36).slice(2)}` : undefined;
    const sandbox = await startSandbox({
      port: 0,
      ...(apiKey ? { apiKey } : {}),
      ...(options.webhookUrl ? { webhook: { url: options.webhookUrl } } : {}),
    });
    return wrap({ kind, url: sandbox.url, ...(apiKey ? { apiKey } : {}), sandbox, close: () => sandbox.close() }, null);
  }
  const real = await realBlnk(secure, options.webhookUrl ? { webhookUrl: options.webhookUrl } : {});
  const nth = (started.get(file) ?? 0) + 1;
  started.set(file, nth);
  const name = nth === 1 ? file : file.replace(/\.test\.ts$/, `.${nth}.test.ts`);
  const recorder = process.env.BLNK_RECORD === '1' ? new Recorder(name, { ...real.stamp, secure }) : null;
  return wrap(
    {
      kind,
      url: real.url,
      ...(real.apiKey ? { apiKey: real.apiKey } : {}),
      close: async () => {
        await recorder?.save();
        await real.close();
      },
    },
    recorder,
  );
}

function wrap(base: Omit<Target, 'call' | 'poll' | 'callKeeping'>, recorder: Recorder | null): Target {
  const raw = client(base.url);
  const keyed = (options: CallOptions): CallOptions =>
    base.apiKey && !Object.keys(options.headers ?? {}).some((h) => h.toLowerCase() === 'x-blnk-key')
      ? { ...options, headers: { 'x-blnk-key': base.apiKey, ...options.headers } }
      : options;
  const send = async (
    method: string,
    path: string,
    options: CallOptions,
    poll: boolean,
    keep: (res: RawResponse) => boolean = () => true,
  ) => {
    const sentAt = Date.now();
    const res = await raw(method, path, keyed(options));
    if (recorder && keep(res)) {
      const body = options.rawBody ?? (options.body === undefined ? undefined : bareJson(options.body));
      // The key is the harness's own secret: recorded as a placeholder, never verbatim.
      const headers = Object.fromEntries(
        Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v === base.apiKey ? '<api-key>' : v]),
      );
      const test = expect.getState().currentTestName ?? '(setup)';
      recorder.add(test, { method, path, ...(body === undefined ? {} : { body }), headers }, sentAt, res, poll);
    }
    return res;
  };
  const call: Call = (method, path, options = {}) => send(method, path, options, false);
  return {
    ...base,
    call,
    callKeeping: (method, path, keep, options = {}) => send(method, path, options, false, keep),
    async poll(method, path, until, options = {}) {
      const deadline = Date.now() + (options.timeoutMs ?? 10_000);
      for (let delay = 25; ; delay = Math.min(delay * 2, 250)) {
        const res = await raw(method, path, keyed(options));
        if (until(res) || Date.now() > deadline) {
          // Asked once more through the recorder, so the record holds the answer waited for.
          return recorder ? send(method, path, options, true) : res;
        }
        await new Promise((r) => setTimeout(r, delay));
      }
    },
  };
}
