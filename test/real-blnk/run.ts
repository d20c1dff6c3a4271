import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';

/**
 * `npm run test:blnk [-- --record] [vitest args]`: the opt-in suite over real Blnk Core. It runs a
 * server binary it is given (BLNK_BIN) or a running server (BLNK_TEST_URL); it never builds one.
 * `--record` (or BLNK_RECORD=1) rewrites test/contract/recordings/ from real Blnk's answers.
 */
const args = process.argv.slice(2);
const record = args.includes('--record') || process.env.BLNK_RECORD === '1';
const rest = args.filter((a) => a !== '--record');

const bin = process.env.BLNK_BIN;
if (!bin && !process.env.BLNK_TEST_URL) {
  console.error(
    'test:blnk needs real Blnk Core v0.15.2: set BLNK_BIN=<path to a Blnk server binary> or BLNK_TEST_URL=<URL of a running Blnk>',
  );
  process.exit(2);
}
if (bin) {
  try {
    await access(bin, constants.X_OK);
  } catch {
    console.error(`test:blnk: BLNK_BIN=${bin} is not an executable file`);
    process.exit(2);
  }
}

const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.blnk.config.ts', ...rest], {
  stdio: 'inherit',
  env: { ...process.env, ...(record ? { BLNK_RECORD: '1' } : {}) },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
