import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The user-facing docs speak to users: nothing about the hosts, registries or proxies the project
 * is built on, the working sessions that built it, or its internal issue numbers. A reader cannot
 * know what "these machines" are. Phrases are assembled from parts so this file does not match
 * itself if it is ever scanned.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];

const PHRASES: [string, RegExp][] = [
  ['the build hosts', new RegExp(['these', 'machines?'].join('\\s+'), 'i')],
  ['a registry the project uses', new RegExp(['this', 'registry'].join('\\s+'), 'i')],
  ['the Go module proxy', new RegExp(['module', 'proxy'].join('\\s+'), 'i')],
  ['npm as set up where we build', new RegExp(['npm', 'on', 'these'].join('\\s+'), 'i')],
  [
    'a working session',
    new RegExp(
      `\\b(?:this|previous|other|the|a)\\s+${'session'}(?:'s|s'|s)?\\s+(?:start|code|work|changes|figure|runs?)\\b|${'sessions'}'\\s+work|\\b(?:this|previous)\\s+${'session'}'s\\b`,
      'i',
    ),
  ],
  ['an internal issue number', new RegExp(`\\b${'issue'}s?\\s+#?\\d+`, 'i')],
  ['an internal work item', new RegExp(`\\b${'Build'}\\s+\\d+\\b`)],
  [
    'a stale note that real Blnk was not tried',
    new RegExp(['not yet (?:checked|tested)', '(?:against\\s+)?a running Blnk'].join('[:\\s]+'), 'i'),
  ],
];

function findings(text: string): string[] {
  return text.split('\n').flatMap((line, i) => PHRASES.filter(([, re]) => re.test(line)).map(([what]) => `line ${i + 1}: ${what}`));
}

describe('user-facing docs say nothing about how the project is built', () => {
  it('scans the README, the changelog and every doc', () => {
    expect(DOCS).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', join('docs', 'deploy.md'), join('docs', 'clients.md')]));
  });

  it.each(DOCS)('%s has no internal development note', (path) => {
    expect(findings(readFileSync(join(ROOT, path), 'utf8'))).toEqual([]);
  });

  it("catches the notes it looks for, and not a user's session", () => {
    const sample = [
      'npm on these machines may skip install scripts.',
      'which this registry lacks',
      'the Go module proxy is offline',
      "the code of the previous session's changes",
      "shared with other sessions' work",
      'covered since issue 20',
      'Not yet tested: a running Blnk Core.',
      'Build 4 kept one CPU change',
      'an end-user session renews its access token',
    ].join('\n');
    expect(findings(sample)).toEqual([
      'line 1: the build hosts',
      'line 1: npm as set up where we build',
      'line 2: a registry the project uses',
      'line 3: the Go module proxy',
      'line 4: a working session',
      'line 5: a working session',
      'line 6: an internal issue number',
      'line 7: a stale note that real Blnk was not tried',
      'line 8: an internal work item',
    ]);
    expect(relative(ROOT, ROOT)).toBe('');
  });
});
