/**
 * What `npm run bench:ab` may take out of a gateway to measure a plugin's CPU by its absence
 * (BENCH_WITHOUT, docs/benchmarks.md "CPU per request"). Never for serving: a gateway without its
 * security, cost or gate plugins is not the API this project describes.
 */
export const ABLATABLE = [
  /** request-life.ts without its logger and metrics: no log line, no operation metrics. */
  'log-metrics',
  /** The request's deadline: the client and gate get the client's own abort signal instead. */
  'deadline',
  /** The per-request upstream gate (blnk/gate.ts) and its plugins (budget.ts, upstream-gate.ts). */
  'gate',
  /** auth.ts's early hook (the context still authenticates). */
  'auth',
  /** security.ts: the shape limits, the body cap, CSRF prevention, introspection and suggestion switches. */
  'security',
  'input-guards',
  'cost',
  'readiness',
  'graphiql',
] as const;

export type Ablatable = (typeof ABLATABLE)[number];
