import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

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
 * and every request gets the stored bytes. The package is imported only here, when GraphiQL is
 * on: parsing it costs about half a second and its strings stay in memory for as long as the
 * process lives, which a production gateway (GraphiQL off) should not pay for.
 */
export function graphiqlPlugin(options: GraphiQLPageOptions): Plugin {
  for (const [name, value] of Object.entries(options)) {
    // render-graphiql writes the options into an inline <script> as JSON, which escapes
    // neither `</script>` nor `<!--`; the options come from our code, so refuse at start.
    if (/<\/|<!--/.test(value)) throw new Error(`GraphiQL option ${name} must not contain "</" or "<!--"`);
  }
  const page = renderPage(options);
  // A failure is answered when GraphiQL is asked for, not as an unhandled rejection at start.
  page.catch(() => undefined);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' || !request.headers.get('accept')?.includes('text/html')) return;
      if (url.pathname !== options.endpoint && url.pathname !== `${options.endpoint}/`) return;
      return page.then((rendered) => {
        endResponse(respond(rendered, request.headers, fetchAPI.Response));
      });
    },
  };
}

async function renderPage(options: GraphiQLPageOptions): Promise<Page> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  const graphiqlOptions: GraphiQLOptions = { title: options.title, defaultQuery: options.defaultQuery, endpoint: options.endpoint };
  const html = Buffer.from(renderGraphiQL(graphiqlOptions), 'utf8');
  const hash = createHash('sha256').update(html).digest('base64url').slice(0, 27);
  // Quality 5 and level 6: about 0.3 s each, off the event loop. Brotli's best (11) would save
  // another 0.2 MB of 1.9 MB for 15 s of CPU at every start.
  const [br, gz] = await Promise.all([
    brotli(html, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: html.length,
      },
    }),
    gzipped(html, { level: 6 }),
  ]);
  // One entity tag per representation: a cache must not answer a gzip request with brotli bytes.
  return {
    identity: { body: bytes(html), etag: `"${hash}"` },
    gzip: { body: bytes(gz), etag: `"${hash}-gzip"` },
    br: { body: bytes(br), etag: `"${hash}-br"` },
  };
}

/** A Buffer's bytes as a response body, without a copy (node allocates these on an ArrayBuffer). */
function bytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
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
