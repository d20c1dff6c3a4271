import { startTarget } from '../contract/target.js';
import type { Target, TargetKind } from '../contract/target.js';
import { gatewayOver, runOn } from '../helpers/gateway.js';
import type { GatewayOptions, Harness } from '../helpers/gateway.js';

/**
 * A gateway over the test's target: the sandbox in `npm test`, real Blnk Core in
 * `npm run test:blnk` (BLNK_TARGET=blnk). Scenarios written on it run on both from one definition.
 */
export interface ScenarioHarness extends Pick<Harness, 'gateway' | 'http' | 'dispatcher' | 'run'> {
  target: Target;
  kind: TargetKind;
  close(): Promise<void>;
}

export async function startScenario(options: GatewayOptions & { secure?: boolean } = {}): Promise<ScenarioHarness> {
  const target = await startTarget({ ...(options.secure ? { secure: true } : {}) });
  const { gateway, dispatcher, http } = gatewayOver(target.url, {
    // Real Blnk answers slower than the sandbox; its queue applies in up to ~1.3 s.
    timeoutMs: 15_000,
    ...options,
    ...(target.apiKey ? { apiKey: target.apiKey } : {}),
  });
  return {
    target,
    kind: target.kind,
    gateway,
    dispatcher,
    http,
    run: runOn(gateway),
    async close() {
      http.shutdown();
      await dispatcher.close();
      await target.close();
    },
  };
}

/** Waits, by bounded polling, until `check` holds (asynchronous work on either target). */
export async function until<T>(what: string, read: () => Promise<T>, check: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 25; ; delay = Math.min(delay * 2, 250)) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `${what}: not within ${timeoutMs} ms; last ${JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))}`,
      );
    await new Promise((r) => setTimeout(r, delay));
  }
}
