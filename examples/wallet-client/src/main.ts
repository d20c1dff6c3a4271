/**
 * The example client from the command line, against a running gateway:
 *
 *   npx tsx examples/wallet-client/src/main.ts http://127.0.0.1:4000/graphql bln_00000000-0000-4000-8000-000000000001
 *
 * (the second argument is the sandbox's seeded balance of Ada Lovelace).
 */
import { pathToFileURL } from 'node:url';
import { showWallet } from './wallet.js';

export async function main(args: string[], print: (line: string) => void = console.log): Promise<string[]> {
  const [url = 'http://127.0.0.1:4000/graphql', balanceId = 'bln_00000000-0000-4000-8000-000000000001'] = args;
  const lines = await showWallet(url, balanceId, process.env.GATEWAY_TOKEN ? { token: process.env.GATEWAY_TOKEN } : {});
  for (const line of lines) print(line);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
