import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeFunctions } from '../../src/analyze/analyze-functions.js';
import { analyzeSource, writeProject } from './analyze-source.js';

describe('bad input never crashes', () => {
  test('a syntax error is a finding and the other files are still analysed', () => {
    const result = analyzeSource({
      'index.ts': `import { send } from './broken.js';\nimport { S3 } from '@aws-sdk/client-s3';\nexport const handler = async () => { await new S3({}).listBuckets({}); send(); };\n`,
      'broken.ts': `export function send() {\n  const x = ;\n}\n`,
    });
    expect(result.calls.map((c) => [c.operation, c.at.line])).toEqual([['ListBuckets', 3]]);
    expect(result.findings.map((f) => [f.code, f.at?.file.endsWith('broken.ts'), f.at?.line])).toEqual([['parse-error', true, 2]]);
  });

  test('a binary file and a huge minified file are skipped with a finding', () => {
    const dir = writeProject({ 'index.ts': `import './blob.js';\nimport './bundle.js';\nexport const handler = () => 1;\n` });
    writeFileSync(join(dir, 'blob.js'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
    writeFileSync(join(dir, 'bundle.js'), `var a=${'1+'.repeat(60_000)}1;`);
    const [result] = analyzeFunctions([{ name: 'fn', entry: join(dir, 'index.ts') }], { env: new Map() });
    expect(result!.findings.map((f) => [f.code, f.at?.file.split('/').pop()])).toEqual([
      ['skipped-file', 'blob.js'],
      ['skipped-file', 'bundle.js'],
    ]);
  });

  test('a project with no AWS calls gives an empty list', () => {
    expect(analyzeSource({ 'index.ts': `export const handler = async () => ({ statusCode: 200 });\n` }).calls).toEqual([]);
  });

  test('a missing entry file is a finding', () => {
    const [result] = analyzeFunctions([{ name: 'fn', entry: '/nonexistent/iamgen/index.ts' }], { env: new Map() });
    expect(result!.findings.map((f) => f.code)).toEqual(['unreadable-file']);
  });
});
