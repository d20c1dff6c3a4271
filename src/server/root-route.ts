import type { Plugin } from 'graphql-yoga';

/**
 * `GET /` is where a newcomer's browser or curl lands first; an empty 404 there told them
 * nothing. It answers a redirect to the GraphQL endpoint (where a browser gets GraphiQL), with a
 * line of text for a client that does not follow redirects.
 */
export function rootRedirect(endpoint: string): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/' || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      endResponse(
        new fetchAPI.Response(`The GraphQL endpoint is ${endpoint}\n`, {
          status: 302,
          headers: { location: endpoint, 'content-type': 'text/plain; charset=utf-8' },
        }),
      );
    },
  };
}
