import type { Principal } from '../auth/principal.js';
import type { WriteRate } from '../auth/write-rate.js';
import type { BlnkClient } from '../blnk/client.js';
import type { UpstreamGate } from '../blnk/gate.js';
import type { Loaders } from '../loaders/request-loaders.js';
import type { LiveHub } from '../live/hub.js';

/**
 * What every resolver receives, built once per request by server/context.ts. It lives beside the
 * resolvers that read it, so graphql/ never imports server/. It holds only what resolvers and
 * the plugins around them read; the request's deadline, span and call record belong to its life
 * (server/request-life.ts), and settings reach plugins as their options.
 */
export interface Context {
  client: BlnkClient;
  loaders: Loaders;
  /** Who is asking: their scopes, and the identity they are confined to, if any. */
  principal: Principal;
  /** Bulk size and transfers a minute for confined principals; shared by the gateway's requests. */
  writeRate?: WriteRate;
  /** The request's upstream budget, rate and in-flight caps, when it has them (blnk/gate.ts). */
  gate?: UpstreamGate;
  /** Correlates this request's log line, metrics and upstream calls. */
  requestId: string;
  /** The process's live ledger (live/hub.ts): what subscriptions listen to. Absent when subscriptions are off. */
  live?: LiveHub;
  /**
   * For a subscription, called before each event it delivers: a fresh client and fresh loaders
   * with a deadline and an upstream budget of their own (server/context.ts), so one event's
   * fields resolve as a query's would and a long-lived stream never outlives its request's
   * deadline or spends one budget over hours. Absent outside subscriptions.
   */
  renew?: () => void;
}
