import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The project runs a Blnk server binary it is given (BLNK_BIN) and never carries Blnk itself: no Go
 * source, no go.mod/go.sum, no executable binary, and no script or doc line that builds Blnk.
 * Patterns are assembled from parts so this file does not match itself.
 */
const tracked = execFileSync('git', ['ls-files', '-s', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter(Boolean)
  .map((line) => {
    const [meta, path] = line.split('\t') as [string, string];
    return { mode: meta.split(' ')[0]!, path };
  });

/** This file holds sample lines that must match, to show the checks are not blind. */
const SELF = 'test/docs/no-blnk-build.test.ts';
const GO = ['go', '(?:build|install|get|run|mod\\s+download)'].join('\\s+');
const BUILD_LINES: [string, RegExp][] = [
  ['a Go build or install command', new RegExp(`\\b${GO}\\b`)],
  ['Blnk fetched as a Go module', new RegExp(['blnkfinance', 'blnk(?:/cmd)?@'].join('/'))],
  ['a clone of Blnk', new RegExp(['git\\s+clone', '.*blnk'].join(''), 'i')],
  ['Blnk built with its makefile or Dockerfile', new RegExp(['docker\\s+build', '|make\\s+(?:build|init)\\b'].join(''))],
];

function isBinary(path: string): boolean {
  const head = readFileSync(path).subarray(0, 4);
  // ELF, Mach-O (both byte orders, 32/64), PE.
  return (
    head.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46])) ||
    [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(head.readUInt32BE(0)) ||
    head.subarray(0, 2).toString('latin1') === 'MZ'
  );
}

describe('the repository carries nothing of Blnk itself', () => {
  it('tracks no Go source, go.mod or go.sum', () => {
    expect(tracked.map((f) => f.path).filter((p) => /\.go$|(^|\/)go\.(mod|sum|work)$/.test(p))).toEqual([]);
  });

  it('tracks no executable binary', () => {
    const binaries = tracked.filter((f) => f.mode === '100755' || /\.(exe|bin|so|dylib)$/.test(f.path)).filter((f) => isBinary(f.path));
    expect(binaries.map((f) => f.path)).toEqual([]);
    expect(tracked.filter((f) => !f.path.endsWith('.png') && isBinary(f.path)).map((f) => f.path)).toEqual([]);
  });

  it('has no script or doc line that builds Blnk', () => {
    const found: string[] = [];
    for (const { path } of tracked) {
      if (
        !/\.(ts|js|mjs|cjs|sh|md|json|ya?ml|txt)$|(^|\/)(Makefile|Dockerfile|run)$/.test(path) ||
        path.startsWith('test/contract/recordings/') ||
        path === SELF
      )
        continue;
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const [what, re] of BUILD_LINES) if (re.test(line)) found.push(`${path}:${i + 1}: ${what}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('would notice each of them (the checks are not blind)', () => {
    expect(BUILD_LINES[0]![1].test('cd blnk && go build -o blnk ./cmd')).toBe(true);
    expect(BUILD_LINES[1]![1].test('go install github.com/blnkfinance/blnk/cmd@v0.15.2')).toBe(true);
    expect(BUILD_LINES[2]![1].test('git clone https://example/blnkfinance/blnk')).toBe(true);
    expect(BUILD_LINES[0]![1].test('the gateway is built with tsc')).toBe(false);
  });
});
