import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

export type Encoding = 'br' | 'gzip' | 'identity';

interface Representation {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

type Page = Record<Encoding, Representation>;

export interface GraphiQLPageOptions {
  /** The path GraphiQL is served at and sends its operations to. */
  endpoint: string;
  title: string;
  /** The operation the editor opens with. */
  defaultQuery: string;
}

/**
 * GraphiQL served by the gateway itself: `@graphql-yoga/render-graphiql` inlines its scripts,
 * styles, editor workers and favicon (about 9 MB), so the page loads nothing from another host
 * and works offline or behind a proxy. yoga's own GraphiQL takes all of that from a CDN.
 *
 * The page is rendered and compressed once per gateway, starting when the gateway is created,
 * and every request gets the stored bytes. The package is loaded only when GraphiQL is on, and
 * then only in a short-lived worker (renderPage).
 */
export function graphiqlPlugin(options: GraphiQLPageOptions, eager = false): Plugin {
  for (const [name, value] of Object.entries(options)) {
    // render-graphiql writes the options into an inline <script> as JSON, which escapes
    // neither `</script>` nor `<!--`; the options come from our code, so refuse at start.
    if (/<\/|<!--/.test(value)) throw new Error(`GraphiQL option ${name} must not contain "</" or "<!--"`);
  }
  // Rendered once per gateway: at start when `eager` (the server process, so the first visitor
  // does not wait), otherwise on the first request for it (tests and embedders build many
  // gateways and never open GraphiQL; each render costs about a second of CPU).
  let page: Promise<Page> | undefined;
  const rendered = (): Promise<Page> => {
    if (!page) {
      page = renderPage(options);
      // A failure is answered when GraphiQL is asked for, not as an unhandled rejection.
      page.catch(() => undefined);
    }
    return page;
  };
  if (eager) rendered();
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || !request.headers.get('accept')?.includes('text/html')) return;
      if (url.pathname !== options.endpoint && url.pathname !== `${options.endpoint}/`) return;
      return rendered().then((ready) => {
        endResponse(respond(ready, request.headers, fetchAPI.Response));
      });
    },
  };
}

/**
 * Renders and compresses in a worker thread that exits when done: the package's 9 MB of
 * source, its parse and the compressors' state live and die there (about 90 MB of the
 * gateway's memory otherwise, for as long as it runs), and the event loop never stalls on them.
 * Only the three encodings come back.
 */
async function renderPage(options: GraphiQLPageOptions): Promise<Page> {
  const graphiqlOptions: GraphiQLOptions = { title: options.title, defaultQuery: options.defaultQuery, endpoint: options.endpoint };
  const worker = new Worker(RENDER, {
    eval: true,
    workerData: { module: createRequire(import.meta.url).resolve('@graphql-yoga/render-graphiql'), options: graphiqlOptions },
  });
  // A gateway that stops before the page is ready does not wait for it.
  worker.unref();
  const [rendered] = (await Promise.race([
    once(worker, 'message'),
    once(worker, 'exit').then(([code]) => {
      throw new Error(`GraphiQL's renderer exited (code ${String(code)}) without a page`);
    }),
  ])) as [Record<Encoding, Uint8Array>];
  const hash = createHash('sha256').update(rendered.identity).digest('base64url').slice(0, 27);
  // One entity tag per representation: a cache must not answer a gzip request with brotli bytes.
  return {
    identity: { body: bytes(rendered.identity), etag: `"${hash}"` },
    gzip: { body: bytes(rendered.gzip), etag: `"${hash}-gzip"` },
    br: { body: bytes(rendered.br), etag: `"${hash}-br"` },
  };
}

/**
 * The worker (CommonJS, evaluated from this string so that the build needs no second entry).
 * Quality 5 and level 6 take about 0.3 s each; brotli's best (11) would save another 0.2 MB of
 * 1.9 MB for 15 s of CPU at every start.
 */
const RENDER = `
const { parentPort, workerData } = require('node:worker_threads');
const zlib = require('node:zlib');
const { renderGraphiQL } = require(workerData.module);
const identity = Buffer.from(renderGraphiQL(workerData.options), 'utf8');
const gzip = zlib.gzipSync(identity, { level: 6 });
const br = zlib.brotliCompressSync(identity, {
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
  },
});
parentPort.postMessage({ identity, gzip, br });
`;

/** Bytes as a response body, without a copy (a structured clone lands on its own ArrayBuffer). */
function bytes(view: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(view.buffer as ArrayBuffer, view.byteOffset, view.byteLength);
}

function respond(page: Page, headers: Headers, Response: typeof globalThis.Response): Response {
  const encoding = chooseEncoding(headers.get('accept-encoding'));
  const { body, etag } = page[encoding];
  const common: Record<string, string> = {
    etag,
    // Revalidate on every load (a restart may bring another page); an unchanged page costs a
    // 304 and no body.
    'cache-control': 'no-cache',
    // /graphql answers JSON to other Accept headers, and the bytes depend on Accept-Encoding.
    vary: 'Accept, Accept-Encoding',
  };
  if (matches(headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: common });
  return new Response(body, {
    status: 200,
    headers: {
      ...common,
      'content-type': 'text/html; charset=utf-8',
      'content-length': String(body.byteLength),
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
      'x-content-type-options': 'nosniff',
      // Belt and braces for "nothing from another host": the browser itself refuses any other
      // origin. The inlined scripts and styles, blob: workers and data: images need the rest.
      'content-security-policy': [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'self'",
      ].join('; '),
    },
  });
}

/**
 * The encoding to answer with, from an Accept-Encoding header (RFC 9110 12.5.3): the highest
 * weight wins, brotli on a tie; anything absent or weighted 0 is refused, `*` covers the rest.
 */
export function chooseEncoding(header: string | null): Encoding {
  if (!header) return 'identity';
  const weights = new Map<string, number>();
  for (const item of header.split(',')) {
    const [name = '', ...params] = item.split(';').map((part) => part.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return 'identity';
}

/** Whether If-None-Match names this entity tag (weak comparison, as RFC 9110 13.1.2 asks). */
function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}
