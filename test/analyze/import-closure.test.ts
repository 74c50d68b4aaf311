import { symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeFunctions } from '../../src/analyze/analyze-functions.js';
import { writeProject } from './analyze-source.js';

function closureOf(files: Record<string, string>, entry: string): string[] {
  const dir = writeProject(files);
  const [result] = analyzeFunctions([{ name: 'fn', entry: join(dir, entry) }], { env: new Map() });
  return result!.files.map((file) => relative(dir, file)).sort();
}

describe('import closure', () => {
  test('relative, require, dynamic import, .js pointing at .ts, index folders', () => {
    expect(
      closureOf(
        {
          'src/index.ts': `import { a } from './a.js';\nimport './folder';\nconst b = require('./b');\nexport const handler = async () => import('./c.mjs');\n`,
          'src/a.ts': `export const a = 1;\n`,
          'src/b.js': `module.exports = 2;\n`,
          'src/c.mts': `export default 3;\n`,
          'src/folder/index.ts': `export {};\n`,
          'src/unused.ts': `export const x = 1;\n`,
        },
        'src/index.ts',
      ),
    ).toEqual(['src/a.ts', 'src/b.js', 'src/c.mts', 'src/folder/index.ts', 'src/index.ts']);
  });

  test('tsconfig paths and baseUrl, package.json imports', () => {
    expect(
      closureOf(
        {
          'package.json': `{ "name": "app", "imports": { "#lib/*": "./src/lib/*.ts" } }`,
          'tsconfig.json': `{ // comments are allowed\n "compilerOptions": { "baseUrl": ".", "paths": { "@shared/*": ["src/shared/*"] } } }`,
          'src/index.ts': `import { x } from '#lib/x';\nimport { y } from '@shared/y';\nimport { z } from 'src/z';\nexport const handler = () => [x, y, z];\n`,
          'src/lib/x.ts': `export const x = 1;\n`,
          'src/shared/y.ts': `export const y = 1;\n`,
          'src/z.ts': `export const z = 1;\n`,
        },
        'src/index.ts',
      ),
    ).toEqual(['src/index.ts', 'src/lib/x.ts', 'src/shared/y.ts', 'src/z.ts']);
  });

  test('workspace packages referenced by name, built entry mapped to source', () => {
    expect(
      closureOf(
        {
          'package.json': `{ "name": "root", "private": true, "workspaces": ["packages/*"] }`,
          'packages/core/package.json': `{ "name": "@acme/core", "main": "dist/index.js" }`,
          'packages/core/src/index.ts': `export const core = 1;\n`,
          'packages/api/package.json': `{ "name": "@acme/api" }`,
          'packages/api/src/handler.ts': `import { core } from '@acme/core';\nimport { S3 } from '@aws-sdk/client-s3';\nexport const handler = () => [core, S3];\n`,
        },
        'packages/api/src/handler.ts',
      ),
    ).toEqual(['packages/api/src/handler.ts', 'packages/core/src/index.ts']);
  });

  test('tests, specs and __tests__ are never part of the function', () => {
    expect(
      closureOf(
        {
          'index.ts': `import './a.test';\nimport './b.spec.js';\nimport './__tests__/c';\nexport const handler = () => 1;\n`,
          'a.test.ts': ``,
          'b.spec.ts': ``,
          '__tests__/c.ts': ``,
        },
        'index.ts',
      ),
    ).toEqual(['index.ts']);
  });

  test('a symlink loop and a missing import do not stop the analysis', () => {
    const dir = writeProject({ 'index.ts': `import './loop/a';\nimport './missing.js';\nexport const handler = () => 1;\n` });
    symlinkSync(join(dir, 'loop'), join(dir, 'loop'));
    writeFileSync(join(dir, 'extra.ts'), '');
    const [result] = analyzeFunctions([{ name: 'fn', entry: join(dir, 'index.ts') }], { env: new Map() });
    expect(result!.files.map((file) => relative(dir, file))).toEqual(['index.ts']);
    expect(result!.calls).toEqual([]);
  });
});
