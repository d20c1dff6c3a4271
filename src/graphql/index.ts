/** Imports every type module (each registers itself on the builder), then builds the schema. */
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import './ledger.js';
import './identity.js';
import './balance.js';
import './transaction.js';
import './monitor.js';
import './metadata.js';
import './node.js';

export const schema = builder.toSchema({ sortSchema: true });
