import type { Plugin } from 'graphql-yoga';
import type { Metrics } from '../telemetry/metrics.js';

/**
 * `GET /metrics`: Prometheus's scrape, answered before anything else of the request's life runs
 * (no request id state, no log line, no authentication of a GraphQL caller: the scrape has its
 * own bearer token, METRICS_BEARER_TOKEN, checked by `metrics.allowsScrape`).
 */
export function metricsRoutePlugin(metrics: Metrics): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/metrics' || request.method !== 'GET') return;
      if (!metrics.allowsScrape(request.headers.get('authorization'))) {
        endResponse(
          new fetchAPI.Response('Unauthorized\n', {
            status: 401,
            headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="metrics"' },
          }),
        );
        return;
      }
      endResponse(
        new fetchAPI.Response(await metrics.registry.metrics(), {
          headers: { 'content-type': metrics.registry.contentType },
        }),
      );
    },
  };
}
