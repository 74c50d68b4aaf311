import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionSourcesFromPaths } from '../../src/discover/function-paths.js';

let root: string;

function write(file: string, text = 'export const handler = async () => {};\n') {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'iamgen-discover-'));
  write('order/index.ts');
  write('order/handler.ts');
  write('thumbs/package.json', JSON.stringify({ main: 'dist/handler.js' }));
  write('thumbs/src/handler.ts');
  write('report/src/app.mjs');
  write('single/process-order.js');
  write('single/handler.js');
  write('empty/README.md', '# nothing\n');
  write('broken/package.json', '{ not json');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('functionSourcesFromPaths', () => {
  const cases: Array<[string, string, { name: string; entry: string }]> = [
    ['index wins over handler', 'order', { name: 'order', entry: 'order/index.ts' }],
    ['package.json main, built path mapped back to its TypeScript source', 'thumbs', { name: 'thumbs', entry: 'thumbs/src/handler.ts' }],
    ['app.* under src/', 'report', { name: 'report', entry: 'report/src/app.mjs' }],
    ['a file is its own entry, named after it', 'single/process-order.js', { name: 'process-order', entry: 'single/process-order.js' }],
    ['a file called handler is named after its folder', 'single/handler.js', { name: 'single', entry: 'single/handler.js' }],
  ];
  it.each(cases)('%s', (_name, given, expected) => {
    expect(functionSourcesFromPaths([given], root)).toEqual([{ name: expected.name, entry: path.join(root, expected.entry) }]);
  });

  it('names a missing path', () => {
    expect(() => functionSourcesFromPaths(['nope/x.ts'], root)).toThrow('nope/x.ts: no such file or folder');
  });

  it('says what it looked for when a folder has no entry', () => {
    expect(() => functionSourcesFromPaths(['empty'], root)).toThrow(/^empty: no entry file found \(looked for package.json "main", then index\/handler\/app/);
  });

  it('names an unreadable package.json', () => {
    expect(() => functionSourcesFromPaths(['broken'], root)).toThrow(`${path.join(root, 'broken/package.json')}: not valid JSON`);
  });
});
