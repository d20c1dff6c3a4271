import type { Span } from '@opentelemetry/api';
import type { Principal } from '../auth/principal.js';
import type { WriteRate } from '../auth/write-rate.js';
import type { BlnkClient, CallRecord } from '../blnk/client.js';
import type { Deadline } from '../blnk/deadline.js';
import type { UpstreamGate } from '../blnk/gate.js';
import type { Loaders } from '../loaders/request-loaders.js';

/**
 * What every resolver receives, built once per request by server/context.ts. It lives beside the
 * resolvers that read it, so graphql/ never imports server/.
 */
export interface Context {
  client: BlnkClient;
  loaders: Loaders;
  /** Upstream calls made for this request, in order. */
  upstreamCalls: CallRecord[];
  /** The most a query may cost (see the complexity settings in graphql/builder.ts). */
  maxCost: number;
  /** Whether `_service { sdl }` answers: with introspection on, or SUBGRAPH_SDL=true. */
  subgraphSdl: boolean;
  /** Who is asking: their scopes, and the identity they are confined to, if any. */
  principal: Principal;
  /** Bulk size and transfers a minute for confined principals; shared by the gateway's requests. */
  writeRate?: WriteRate;
  /** The request's upstream budget, rate and in-flight caps, when it has them (blnk/gate.ts). */
  gate?: UpstreamGate;
  /** Correlates this request's log line, metrics and upstream calls. */
  requestId: string;
  /** The request's deadline; disposed when the operation ends. */
  deadline?: Deadline;
  /**
   * The operation's trace span, when tracing is on; upstream calls become its children. A
   * holder object, shared by every copy yoga makes of this context.
   */
  trace: { span?: Span };
}
