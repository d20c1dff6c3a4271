import { isInteger, parse, stringify } from 'lossless-json';

/**
 * Raw HTTP against the sandbox, the way a Blnk client sees it: the body text exactly as sent,
 * and a lossless parse in which every JSON integer is a bigint (so 10^40 compares exactly).
 */
export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
  /** The body parsed losslessly; undefined when it is not JSON. */
  json: any;
}

export function parseLossless(text: string): any {
  return parse(text, null, (n) => (isInteger(n) ? BigInt(n) : Number(n)));
}

/** A JSON body in which bigints are written as bare integers, as Blnk expects. */
export function bareJson(value: unknown): string {
  return stringify(value) ?? 'null';
}

export interface CallOptions {
  body?: unknown;
  /** Sent verbatim, for malformed bodies and quoted numbers. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export function client(baseUrl: string) {
  return async function call(method: string, path: string, options: CallOptions = {}): Promise<RawResponse> {
    const body = options.rawBody ?? (options.body === undefined ? undefined : bareJson(options.body));
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...options.headers },
      ...(body === undefined ? {} : { body }),
    });
    const text = await res.text();
    let json: any;
    try {
      json = text === '' ? undefined : parseLossless(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, json };
  };
}

export type Call = ReturnType<typeof client>;
