import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ts } from 'ts-morph';
import { describe, expect, test } from 'vitest';
import { createProject } from '../../src/analyze/create-project.js';
import { resolveModule } from '../../src/analyze/module-resolver.js';
import { ASK_CHECKER, lookUpImportTarget, lookUpName } from '../../src/analyze/scope-lookup.js';
import { writeProject } from './analyze-source.js';

/** Every identifier of the files looked up both ways: how many the scopes answered and left to the checker, and where they disagree. */
function compareWithChecker(paths: string[]): { answered: number; asked: number; differing: string[]; answeredNames: string[]; importsAnswered: number } {
  const project = createProject();
  for (const path of paths) project.addFile(path, readFileSync(path, 'utf8'));
  const checker = project.checker();
  let answered = 0;
  let asked = 0;
  const differing: string[] = [];
  const answeredNames: string[] = [];
  const byPath = new Map(project.sourceFiles().map((file) => [file.fileName, file]));
  const moduleFile = (specifier: string, from: ts.SourceFile) => byPath.get(resolveModule(specifier, from.fileName) ?? '');
  let importsAnswered = 0;
  for (const file of project.sourceFiles()) {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && (ts.isImportSpecifier(node.parent) || ts.isImportClause(node.parent)) && node.parent.name === node) {
        const alias = checker.getSymbolAtLocation(node)!;
        const target = lookUpImportTarget(alias, moduleFile);
        if (target !== ASK_CHECKER) {
          importsAnswered++;
          if (target !== checker.getImmediateAliasedSymbol(alias)) differing.push(`${file.fileName} import ${node.text}`);
          if (!(target.flags & ts.SymbolFlags.Alias) && target !== checker.getAliasedSymbol(alias)) differing.push(`${file.fileName} import ${node.text} (resolved)`);
        }
      }
      if (ts.isIdentifier(node)) {
        const found = lookUpName(node);
        if (found === ASK_CHECKER) asked++;
        else {
          answered++;
          answeredNames.push(`${file.fileName.split('/').pop()}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.text}`);
          if (found !== checker.getSymbolAtLocation(node)) differing.push(`${file.fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.text}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { answered, asked, differing, answeredNames, importsAnswered };
}

function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'cdk.out') return [];
    if (statSync(path).isDirectory()) return sourceFilesUnder(path);
    return /\.(ts|js|mjs|cjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('names looked up in the binder\'s scopes', () => {
  test('give the checker\'s symbol for every name of the samples they answer', () => {
    const result = compareWithChecker(sourceFilesUnder(join(import.meta.dirname, '..', '..', 'samples')));
    expect(result.differing).toEqual([]);
    // Most names are answered without the checker; the rest are left to it.
    expect(result.answered).toBeGreaterThan(result.asked / 4);
    expect(result.importsAnswered).toBeGreaterThan(0);
  });

  test('leave every name with a special scoping rule to the checker, and agree on the others', () => {
    const dir = writeProject({
      'module.ts': [
        `import { helper } from './other.js';`,
        `export const exported = 1;`,
        `const local = 2;`,
        `enum Color { Red, Blue = Red }`,
        `namespace Space { export const inner = 1; export const again = inner; }`,
        `export function outer(a: number, b = a, { c } = { c: local }) {`,
        `  const shadow = local;`,
        `  { const local = 3; helper(local, shadow, exported, Color.Red); }`,
        `  const named = function self() { return self; };`,
        `  const klass = class Klass { make() { return new Klass(); } };`,
        `  try { helper(); } catch (error) { helper(error); }`,
        `  for (let i = 0; i < 2; i++) helper(i);`,
        `  return [named, klass, arguments.length, c, b, Space.again, globalThis];`,
        `}`,
      ].join('\n'),
      'other.ts': `export function helper(...args: unknown[]) { return args; }\nexport default helper;\nexport * from './more.js';`,
      'more.ts': `export const more = 1;`,
      'imports.ts': `import main, { helper as h, more } from './other.js';\nimport legacy from './common.js';\nexport const all = [main, h, more, legacy];`,
      'script.js': `var shared = 1; function useShared() { return shared; }`,
      'common.js': `const fs = require('fs'); exports.read = () => fs; module.exports.more = exports.read;`,
    });
    const result = compareWithChecker(['module.ts', 'other.ts', 'more.ts', 'imports.ts', 'script.js', 'common.js'].map((name) => join(dir, name)));
    expect(result.differing).toEqual([]);
    // `helper` (twice) and the default import; `more` comes through `export *`, `legacy` from CommonJS.
    expect(result.importsAnswered).toBe(3);
    // Not answered: exported names, parameter lists, `arguments`, `self` and `Klass`, `globalThis`,
    // and every name of the script and of the CommonJS file.
    expect(result.answeredNames).toEqual([
      'other.ts:1 args',
      'module.ts:7 local', 'module.ts:8 helper', 'module.ts:8 local', 'module.ts:8 shadow', 'module.ts:8 Color',
      'module.ts:11 helper', 'module.ts:11 helper', 'module.ts:11 error', 'module.ts:12 i', 'module.ts:12 helper', 'module.ts:12 i',
      'module.ts:13 named', 'module.ts:13 klass', 'module.ts:13 c', 'module.ts:13 b', 'module.ts:13 Space',
      'imports.ts:3 main', 'imports.ts:3 h', 'imports.ts:3 more', 'imports.ts:3 legacy',
    ]);
  });
});
