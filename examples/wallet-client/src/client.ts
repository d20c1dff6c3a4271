import type { TypedDocumentString } from '../gql/graphql.js';

/** A GraphQL error as the gateway sends it: a message for people, a code for programs. */
export interface GatewayError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/** The request failed as a whole, or some field in it did; `errors` says which and why. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GatewayError[],
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ') || `HTTP ${status}`);
  }
}

export interface RequestOptions {
  /** `Authorization: Bearer …` when the gateway runs with AUTH_MODE=jwt or api-keys. */
  token?: string;
  signal?: AbortSignal;
}

/**
 * One operation over plain fetch. The document is a string (codegen's `documentMode: 'string'`)
 * that carries its result and variable types, so `data` is typed without a GraphQL runtime.
 */
export async function request<TResult, TVariables>(
  url: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query: document.toString(), variables }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const body = (await res.json()) as { data?: TResult | null; errors?: GatewayError[] };
  if (body.errors?.length || !body.data) throw new GraphQLRequestError(res.status, body.errors ?? []);
  return body.data;
}
