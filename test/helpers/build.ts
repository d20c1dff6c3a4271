import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, readlink, rename, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

/**
 * The compiled gateway, as `npm start` runs it (tsc with tsconfig.build.json, then plain node),
 * built once for every test that spawns a process, however many files and runs ask at once.
 *
 * Each build lands in its own directory named for a hash of what goes into it (src/, the two
 * tsconfigs, the compiler's version), under node_modules/.cache. It is compiled into a temporary
 * directory and renamed into place, so a directory that exists is complete and never changes:
 * a run that finds it reuses it, and two runs building at once never write into the same files.
 * A lock beside it makes the second run wait for the first run's tsc instead of starting another
 * on a busy machine. The developer's own dist/ is left alone (a gateway may be running from it).
 * Within one run (test/setup/build-run.ts names it) the first build is pinned: every file of the
 * run spawns the same build, and one tsc serves the run even if src/ changes meanwhile.
 */
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CACHE = join(ROOT, 'node_modules', '.cache', 'blnk-graphql-build');
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
/** A lock older than this with no live owner is left over from a killed run. */
const ORPHAN_LOCK_MS = 60_000;
/** Builds no run has used for this long are removed. */
const KEEP_MS = 24 * 60 * 60 * 1000;
/** How long a build may take, waiting for another run's included, on a loaded 2-core machine. */
export const BUILD_TIMEOUT_MS = 300_000;

let pending: Promise<string> | null = null;

/** The directory holding the compiled entries (main.js, sandbox/cli.js), built when missing. */
export function compiled(): Promise<string> {
  pending ??= pinned();
  return pending;
}

/** The link naming the build a run uses. */
export function runPin(run: string): string {
  return join(CACHE, `run-${run}`);
}

async function pinned(): Promise<string> {
  const run = inject('buildRun');
  if (!run) return ensureBuilt();
  const pin = runPin(run);
  const earlier = await readlink(pin).catch(() => null);
  if (earlier && existsSync(earlier)) return touched(earlier);
  const dir = await ensureBuilt();
  // The first file of the run to get here names the build; another that built meanwhile uses it too.
  await symlink(dir, pin).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return readlink(pin);
}

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(join(ROOT, 'src'), { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of [join(ROOT, 'tsconfig.json'), join(ROOT, 'tsconfig.build.json'), ...files]) {
    hash
      .update(file.slice(ROOT.length))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  hash.update(JSON.parse(await readFile(join(TSC, '../../package.json'), 'utf8')).version);
  return hash.digest('hex').slice(0, 16);
}

async function ensureBuilt(): Promise<string> {
  await mkdir(CACHE, { recursive: true });
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    const key = await sourceHash();
    const dir = join(CACHE, key);
    if (existsSync(dir)) return touched(dir);
    const lock = `${dir}.lock`;
    if (await acquire(lock)) {
      try {
        if (existsSync(dir)) return touched(dir);
        await build(dir);
        await prune(key);
        return dir;
      } finally {
        await rm(lock, { recursive: true, force: true });
      }
    }
    // Another run is building this source: wait for it (bounded), then look again.
    while (existsSync(lock) && !existsSync(dir) && Date.now() < deadline) {
      if (await orphaned(lock)) await rm(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
    if (Date.now() >= deadline) throw new Error(`no build of src/ in ${BUILD_TIMEOUT_MS} ms (lock ${lock})`);
  }
}

async function build(dir: string): Promise<void> {
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  const output = await new Promise<string>((done, fail) => {
    execFile(
      process.execPath,
      [TSC, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', tmp],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? fail(new Error(`npm run build failed:\n${stdout}${stderr}`)) : done(stdout + stderr)),
    );
  });
  if (output.trim()) throw new Error(`npm run build printed:\n${output}`);
  // Outside the project's package.json scope, so say what dist/ inherits from it.
  await writeFile(join(tmp, 'package.json'), '{ "type": "module" }\n');
  // Named for the sources hashed just before tsc read them. In a tree others are editing, a file
  // can change in between; the next run's hash then differs and it builds again.
  await rename(tmp, dir);
}

async function acquire(lock: string): Promise<boolean> {
  try {
    await mkdir(lock);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  await writeFile(join(lock, 'pid'), String(process.pid));
  return true;
}

async function orphaned(lock: string): Promise<boolean> {
  try {
    const pid = Number(await readFile(join(lock, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return true;
    // No pid yet: its owner is between mkdir and writeFile, or was killed there.
    if (code === 'ENOENT') {
      const info = await stat(lock).catch(() => null);
      return info !== null && Date.now() - info.mtimeMs > ORPHAN_LOCK_MS;
    }
    return false;
  }
}

async function touched(dir: string): Promise<string> {
  const now = new Date();
  await utimes(dir, now, now).catch(() => undefined);
  return dir;
}

async function prune(keep: string): Promise<void> {
  for (const entry of await readdir(CACHE)) {
    if (entry === keep || entry.includes('.')) continue;
    const path = join(CACHE, entry);
    // A run's link is removed when that run ends; one left by a killed run, by age like the builds.
    const info = await lstat(path).catch(() => null);
    if (info && Date.now() - info.mtimeMs > KEEP_MS) await rm(path, { recursive: true, force: true });
  }
}
