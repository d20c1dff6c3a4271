import type { Router } from '../router.js';
import { balanceRoutes } from './balances.js';
import { identityRoutes } from './identities.js';
import { ledgerRoutes } from './ledgers.js';
import { lineageRoutes } from './lineage.js';
import { metadataRoutes } from './metadata.js';
import { monitorRoutes } from './monitors.js';
import { tokenizationRoutes } from './tokenization.js';
import { transactionRoutes } from './transactions.js';

export function registerRoutes(router: Router): Router {
  router.add('GET', '/', () => ({ status: 200, json: 'server running...' }));
  router.add('GET', '/health', () => ({ status: 200, json: { status: 'UP' } }));
  ledgerRoutes(router);
  balanceRoutes(router);
  identityRoutes(router);
  tokenizationRoutes(router);
  transactionRoutes(router);
  monitorRoutes(router);
  lineageRoutes(router);
  metadataRoutes(router);
  return router;
}
