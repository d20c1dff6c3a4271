import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Nothing in README.md or docs/ links outside this repository: every link is a relative path to
 * a file or folder that exists in it. GitHub also turns bare URLs in prose into links, so those
 * count too; URLs inside code (fenced blocks and `spans`) are text, not links.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  );
}

/** The text with fenced code blocks and code spans blanked, line numbers kept. */
function prose(text: string): string {
  let fenced = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return '';
      }
      return fenced ? '' : line.replace(/(`+)[\s\S]*?\1/g, '');
    })
    .join('\n');
}

interface Link {
  line: number;
  target: string;
}

/** Inline links and images, reference definitions, autolinks and bare URLs. */
function linksOf(text: string): Link[] {
  const links: Link[] = [];
  prose(text)
    .split('\n')
    .forEach((line, i) => {
      const add = (target: string) => links.push({ line: i + 1, target });
      for (const m of line.matchAll(/\]\(\s*<?([^)\s>]*)>?(?:\s+["'(][^)]*)?\)/g)) add(m[1]!);
      const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/.exec(line);
      if (definition) add(definition[1]!);
      for (const m of line.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)) add(m[1]!);
      // Bare URLs outside a link's parentheses (GitHub autolinks them).
      const outside = line.replace(/\]\([^)]*\)/g, '](…)').replace(/<[^>\s]*>/g, '');
      for (const m of outside.matchAll(/\b(?:https?:\/\/|www\.)[^\s)<>]+/gi)) add(m[0]);
    });
  return links;
}

/** Why a link is not allowed, or null when it names something in the repository. */
function problemWith(file: string, target: string, root = ROOT): string | null {
  if (target === '' || target.startsWith('#')) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || /^www\./i.test(target)) {
    return 'leaves the repository (absolute)';
  }
  const path = decodeURIComponent(target.replace(/[#?].*$/, ''));
  const resolved = path.startsWith('/') ? join(root, path) : resolve(dirname(file), path);
  const inside = relative(root, resolved);
  if (inside.startsWith('..') || inside.split(sep)[0] === '..' || resolve(root, inside) !== resolved) {
    return 'leaves the repository (relative path outside it)';
  }
  if (!existsSync(resolved)) return 'names a file that does not exist';
  return null;
}

const files = [join(ROOT, 'README.md'), join(ROOT, 'CHANGELOG.md'), ...markdownFiles(join(ROOT, 'docs'))];

describe('links in README.md and docs/', () => {
  it('finds the files and their links', () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(expect.arrayContaining(['README.md', join('docs', 'architecture.md')]));
    // The README links the docs: if the parser found none, it is broken, not the README clean.
    expect(linksOf(readFileSync(files[0]!, 'utf8')).length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s links only to files in the repository', (_name, file) => {
    const problems = linksOf(readFileSync(file, 'utf8'))
      .map((l) => ({ ...l, problem: problemWith(file, l.target) }))
      .filter((l) => l.problem !== null)
      .map((l) => `line ${l.line}: ${l.target} ${l.problem}`);
    expect(problems).toEqual([]);
  });
});

describe('the link checker', () => {
  const file = join(ROOT, 'README.md');
  const sample = [
    'See [the docs](docs/architecture.md#1-request-flow) and ![a](docs/clients.md "title").',
    'Upstream: [Blnk](https://github.com/blnkfinance/blnk), <https://example.com>, www.example.com and https://example.org/x.',
    '[notes]: ../outside/NOTES.md',
    'A [missing](docs/nope.md) file and a [mail](mailto:a@b.c).',
    '`https://in.a.code.span` is text.',
    '```sh',
    'curl https://in.a.fence/graphql',
    '```',
  ].join('\n');

  it('finds every kind of link, and none in code', () => {
    expect(linksOf(sample).map((l) => l.target)).toEqual([
      'docs/architecture.md#1-request-flow',
      'docs/clients.md',
      'https://github.com/blnkfinance/blnk',
      'https://example.com',
      'www.example.com',
      'https://example.org/x.',
      '../outside/NOTES.md',
      'docs/nope.md',
      'mailto:a@b.c',
    ]);
  });

  it('accepts repository files and refuses the rest', () => {
    expect(problemWith(file, 'docs/architecture.md#1-request-flow')).toBeNull();
    expect(problemWith(file, 'examples/wallet-client/')).toBeNull();
    expect(problemWith(file, '#quick-start')).toBeNull();
    expect(problemWith(file, 'https://github.com/blnkfinance/blnk')).toMatch(/absolute/);
    expect(problemWith(file, 'mailto:a@b.c')).toMatch(/absolute/);
    expect(problemWith(file, '../outside/NOTES.md')).toMatch(/outside/);
    expect(problemWith(join(ROOT, 'docs', 'x.md'), '../../etc/passwd')).toMatch(/outside/);
    expect(problemWith(file, 'docs/nope.md')).toMatch(/does not exist/);
  });
});
