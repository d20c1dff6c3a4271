/**
 * What the process says once it listens: where to send queries, which Blnk answers them, and how
 * to stop it. The log line carries it for machines and operators (JSON, always); a person at a
 * terminal also gets it as a few plain lines on stderr.
 */
export interface Upstream {
  /** The seeded sandbox the process started, Blnk Core at BLNK_URL, or Blnk Cloud. */
  kind: 'sandbox' | 'core' | 'cloud';
  /** Scheme, host and port only: config refuses a BLNK_URL with credentials, a path or a query. */
  origin: string;
}

function upstreamInWords(upstream: Upstream): string {
  switch (upstream.kind) {
    case 'sandbox':
      return `the built-in Blnk sandbox at ${upstream.origin} (demo data in memory, gone on exit; set BLNK_URL for your own Blnk)`;
    case 'core':
      return `Blnk at ${upstream.origin} (BLNK_URL)`;
    case 'cloud':
      return `Blnk Cloud at ${upstream.origin}`;
  }
}

/** The log line's message. bench/run.ts and the tests read the URL after "gateway on". */
export function readyLine(url: string, upstream: Upstream, graphiql: boolean, workers = 1): string {
  const what = workers > 1 ? `Blnk GraphQL gateway (${workers} workers)` : 'Blnk GraphQL gateway';
  const browser = graphiql ? ' (GraphiQL when opened in a browser)' : '';
  return `${what} on ${url}${browser}, talking to ${upstreamInWords(upstream)}. Stop it with Ctrl+C (SIGINT) or SIGTERM.`;
}

/** The same for a person at a terminal. */
export function readyBanner(url: string, upstream: Upstream, graphiql: boolean): string {
  return [
    '',
    '  Blnk GraphQL gateway is running.',
    `    GraphQL:  ${url}${graphiql ? '  (open it in a browser for GraphiQL)' : ''}`,
    `    Blnk:     ${upstreamInWords(upstream)}`,
    '    Stop:     press Ctrl+C',
    '',
    '',
  ].join('\n');
}
