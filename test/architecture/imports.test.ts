import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The import rules of DESIGN.md, read from the code itself: every import and re-export of every
 * file under src/, parsed with TypeScript's own parser, resolved to the file it names.
 */
const SRC = 'src';

interface Import {
  from: string; // importing file, relative to src/ ("graphql/balance.ts")
  to: string; // imported file, relative to src/ ("blnk/wire.ts")
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: Import[] = [];
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) return; // packages are not ours
    const target = normalize(join(dirname(file), specifier.text)).replace(/\.js$/, '.ts');
    found.push({ from: relative(SRC, file), to: relative(SRC, target), typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier, typeOnly);
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const ALL = sourceFiles(SRC).flatMap(importsOf);
const area = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : path.replace(/\.ts$/, ''));
const show = (i: Import) => `${i.from} → ${i.to}`;

describe('import rules (DESIGN.md)', () => {
  it('only main.ts and config.ts sit at the top of src/; everything else lives in its room', () => {
    const top = sourceFiles(SRC)
      .map((f) => relative(SRC, f))
      .filter((f) => !f.includes('/'));
    expect(top.sort()).toEqual(['config.ts', 'main.ts']);
  });

  it('telemetry/ imports only telemetry/, blnk/ and domain/ (it observes; it never resolves)', () => {
    const allowed = new Set(['telemetry', 'blnk', 'domain']);
    expect(ALL.filter((i) => area(i.from) === 'telemetry' && !allowed.has(area(i.to))).map(show)).toEqual([]);
  });

  it('reads a sane number of imports (the parser found the code)', () => {
    expect(ALL.length).toBeGreaterThan(200);
    expect(ALL.some((i) => i.from === 'main.ts')).toBe(true);
  });

  it('every relative import names a file that exists', () => {
    const files = new Set(sourceFiles(SRC).map((f) => relative(SRC, f)));
    expect(ALL.filter((i) => !files.has(i.to)).map(show)).toEqual([]);
  });

  it('domain/ imports nothing of the project', () => {
    expect(ALL.filter((i) => area(i.from) === 'domain' && area(i.to) !== 'domain').map(show)).toEqual([]);
  });

  it('blnk/ (HTTP and Blnk) imports only blnk/ and domain/: no GraphQL, loaders, server, auth or telemetry', () => {
    const allowed = new Set(['blnk', 'domain']);
    expect(ALL.filter((i) => area(i.from) === 'blnk' && !allowed.has(area(i.to))).map(show)).toEqual([]);
  });

  it('live/ (the live ledger) imports only live/, blnk/ and domain/: no GraphQL, server or config', () => {
    const allowed = new Set(['live', 'blnk', 'domain']);
    expect(ALL.filter((i) => area(i.from) === 'live' && !allowed.has(area(i.to))).map(show)).toEqual([]);
  });

  it('loaders/ import only loaders/, blnk/ and domain/', () => {
    const allowed = new Set(['loaders', 'blnk', 'domain']);
    expect(ALL.filter((i) => area(i.from) === 'loaders' && !allowed.has(area(i.to))).map(show)).toEqual([]);
  });

  it('graphql/ never imports server/, the sandbox, main or config values', () => {
    const breaking = ALL.filter(
      (i) => area(i.from) === 'graphql' && (['server', 'sandbox', 'main'].includes(area(i.to)) || (i.to === 'config.ts' && !i.typeOnly)),
    );
    expect(breaking.map(show)).toEqual([]);
  });

  it("graphql never imports blnk/wire: it speaks domain objects, and blnk/ maps Blnk's wire shapes both ways", () => {
    expect(ALL.filter((i) => area(i.from) === 'graphql' && i.to === 'blnk/wire.ts').map(show)).toEqual([]);
  });

  it('only main.ts imports the sandbox, and the sandbox imports nothing of the gateway', () => {
    expect(ALL.filter((i) => area(i.to) === 'sandbox' && area(i.from) !== 'sandbox' && i.from !== 'main.ts').map(show)).toEqual([]);
    expect(ALL.filter((i) => area(i.from) === 'sandbox' && area(i.to) !== 'sandbox').map(show)).toEqual([]);
  });

  it("only main.ts imports config.ts's values (plugins take settings as options; types may be shared)", () => {
    expect(ALL.filter((i) => i.to === 'config.ts' && !i.typeOnly && i.from !== 'main.ts').map(show)).toEqual([]);
  });
});
