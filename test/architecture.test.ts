import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layout rules of DESIGN.md, checked on every import of src/ so that a shortcut fails CI.
const srcRoot = path.resolve(import.meta.dirname, '../src');
const sourceFiles = readdirSync(srcRoot, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => path.relative(srcRoot, path.join(entry.parentPath, entry.name)));

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(srcRoot, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}

function offenders(rule: (file: string, specifier: string) => boolean): string[] {
  return sourceFiles.flatMap((file) => importsOf(file).filter((specifier) => rule(file, specifier)).map((specifier) => `${file} imports ${specifier}`));
}

describe('architecture', () => {
  it('reads its TypeScript with ts-morph only in analyze/ and resolve/', () => {
    expect(offenders((file, specifier) => specifier === 'ts-morph' && !/^(analyze|resolve)\//.test(file))).toEqual([]);
  });

  it('talks to AWS (@aws-sdk/client-*) only in aws/', () => {
    expect(offenders((file, specifier) => specifier.startsWith('@aws-sdk/') && !file.startsWith('aws/'))).toEqual([]);
  });

  it('never reads ../shared at run time (a user has no shared/ folder)', () => {
    const readers = sourceFiles.filter((file) => /\.\.\/shared|shared\/data/.test(readFileSync(path.join(srcRoot, file), 'utf8')));
    expect(readers).toEqual([]);
  });

  it('keeps the action maps free of the stages that use them', () => {
    expect(offenders((file, specifier) => file.startsWith('maps/') && /\/(analyze|discover|policy|diff|report|cli)\//.test(`/${path.join(path.dirname(file), specifier)}`))).toEqual([]);
  });

  it('has the stages of DESIGN.md and nothing loose but the shared model and the pipeline entry', () => {
    const topLevel = [...new Set(sourceFiles.map((file) => file.split(path.sep)[0]))].sort();
    expect(topLevel).toEqual(['analyze', 'call-context.ts', 'cli', 'diff', 'discover', 'errors.ts', 'maps', 'model.ts', 'policy', 'relative-locations.ts', 'report', 'resolve', 'run-suggest.ts', 'tool-version.ts']);
  });
});
