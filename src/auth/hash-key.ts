/**
 * `npm run hash-key -- <key>`: the SHA-256 to put in an API_KEYS entry, so that the key itself is
 * never stored in the gateway's configuration.
 */
import { sha256 } from './authenticate.js';

const key = process.argv[2];
if (!key) {
  console.error('usage: npm run hash-key -- <key>');
  process.exit(2);
}
console.log(sha256(key));
