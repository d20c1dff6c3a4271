import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The deploy guide's systemd unit and the changelog: shapes an operator relies on. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

function hasSystemdAnalyze(): boolean {
  try {
    execFileSync('systemd-analyze', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('deploy/blnk-graphql.service', () => {
  // Without systemd-analyze (a host without systemd) the unit's shape is still checked below.
  it.skipIf(!hasSystemdAnalyze())('passes systemd-analyze verify with no warning', () => {
    const run = spawnSync('systemd-analyze', ['verify', resolve(ROOT, 'deploy/blnk-graphql.service')], { encoding: 'utf8' });
    expect({ status: run.status, stderr: run.stderr.trim() }).toEqual({ status: 0, stderr: '' });
  });

  it('runs dist/main.js in production, stops with SIGTERM and longer than the gateway drains', () => {
    const unit = read('deploy/blnk-graphql.service');
    const keys = new Map(
      unit
        .split('\n')
        .filter((l) => /^[A-Za-z]+=/.test(l))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    expect(keys.get('ExecStart')).toMatch(/ dist\/main\.js$|\/dist\/main\.js$/);
    expect(keys.get('Environment')).toBe('NODE_ENV=production');
    expect(keys.get('KillSignal')).toBe('SIGTERM');
    // SHUTDOWN_TIMEOUT_MS defaults to 10 s: systemd must not SIGKILL before the drain ends.
    expect(Number(keys.get('TimeoutStopSec'))).toBeGreaterThan(10);
    expect(unit.split('\n').filter((l) => /^\[(Unit|Service|Install)\]$/.test(l))).toEqual(['[Unit]', '[Service]', '[Install]']);
  });
});

describe('CHANGELOG.md', () => {
  const text = read('CHANGELOG.md');
  const versions = [...text.matchAll(/^## \[([^\]]+)\](?: - (\S+))?$/gm)].map((m) => ({ version: m[1]!, date: m[2] }));
  const released = versions.filter((v) => v.version !== 'Unreleased');

  it('has the Keep a Changelog shape: a title, Unreleased first, then versions with dates', () => {
    expect(text.startsWith('# Changelog\n')).toBe(true);
    expect(versions[0]).toEqual({ version: 'Unreleased', date: undefined });
    expect(released.length).toBeGreaterThan(1);
    for (const v of released) {
      expect(v.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(v.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // Newest first: versions and dates both descend.
    const byVersion = [...released].sort((a, b) => compare(b.version, a.version));
    expect(released).toEqual(byVersion);
    expect(released.map((v) => v.date)).toEqual([...released.map((v) => v.date!)].sort().reverse());
  });

  it('uses only Keep a Changelog section names', () => {
    const kinds = [...text.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(kinds.filter((k) => !['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'].includes(k!))).toEqual([]);
  });

  it("names package.json's version as its latest", () => {
    const pkg = JSON.parse(read('package.json')) as { version: string };
    expect(released[0]!.version).toBe(pkg.version);
  });

  it('is not keyed by internal issue numbers', () => {
    expect(text.match(/\bissue\s+#?\d+/gi)).toBeNull();
  });

  it('is linked from the README', () => {
    expect(read('README.md')).toContain('](CHANGELOG.md)');
    expect(read('README.md')).toContain('](docs/deploy.md)');
  });
});

function compare(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}
