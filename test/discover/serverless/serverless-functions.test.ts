import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readServerlessYml } from '../../../src/discover/serverless/read-serverless-yml.js';
import { projectOnDisk } from './project-on-disk.js';

const handlerCode = 'export const main = () => 1;\n';

function read(files: Record<string, string>, options = {}) {
  const dir = projectOnDisk(files);
  return { dir, result: readServerlessYml(path.join(dir, 'serverless.yml'), options) };
}

describe('readServerlessYml: environment merge', () => {
  const { result } = read({
    'serverless.yml': `service: shop
provider:
  name: aws
  environment:
    SHARED: from-provider
    OVERRIDDEN: from-provider
    UNKNOWN_BUT_OVERRIDDEN: \${env:NOT_SET}
functions:
  first:
    handler: first.main
    environment:
      OVERRIDDEN: from-function
      UNKNOWN_BUT_OVERRIDDEN: known
      OWN: 42
  second:
    handler: second.main
`,
    'first.ts': handlerCode,
    'second.ts': handlerCode,
  });

  it('the function value wins over the provider value', () => {
    expect(result.functions[0]!.env).toEqual({ OVERRIDDEN: 'from-function', OWN: '42', SHARED: 'from-provider', UNKNOWN_BUT_OVERRIDDEN: 'known' });
    expect(result.functions[0]!.findings).toEqual([]);
  });

  it('a function without environment gets the provider environment, and its unknowns reported', () => {
    expect(result.functions[1]!.env).toEqual({ OVERRIDDEN: 'from-provider', SHARED: 'from-provider', UNKNOWN_BUT_OVERRIDDEN: '*' });
    expect(result.functions[1]!.findings.map((finding) => [finding.code, finding.at?.line])).toEqual([['unresolved-variable', 7]]);
  });

  it('functions keep the names of their keys, in file order, with their lines', () => {
    expect(result.functions.map((fn) => [fn.name, fn.at.path, fn.at.line, fn.at.kind])).toEqual([
      ['first', 'functions.first', 9, 'serverless'],
      ['second', 'functions.second', 15, 'serverless'],
    ]);
  });
});

describe('readServerlessYml: handler to source file', () => {
  it.each([
    ['TypeScript source with serverless-esbuild', 'plugins: [serverless-esbuild]\n', { 'src/order.ts': '', 'src/order.js': '' }, 'src/order.handler', 'src/order.ts', 'handler'],
    ['TypeScript source with serverless-plugin-typescript', 'plugins:\n  - serverless-plugin-typescript\n', { 'src/order.ts': '', 'src/order.js': '' }, 'src/order.handler', 'src/order.ts', 'handler'],
    ['TypeScript source with Serverless v4', "frameworkVersion: '4'\n", { 'src/order.ts': '', 'src/order.js': '' }, 'src/order.handler', 'src/order.ts', 'handler'],
    ['the JavaScript file Lambda runs without a bundler', '', { 'src/order.ts': '', 'src/order.js': '' }, 'src/order.handler', 'src/order.js', 'handler'],
    ['the only source there is', '', { 'src/order.mjs': '' }, 'src/order.process', 'src/order.mjs', 'process'],
    ['a dotted module path', '', { 'src/handlers/order.api.ts': '' }, 'src/handlers/order.api.main', 'src/handlers/order.api.ts', 'main'],
    ['the src/ source of a dist/ handler', '', { 'src/order.ts': '' }, 'dist/order.handler', 'src/order.ts', 'handler'],
  ])('%s', (_what, header, sources, handler, entry, handlerExport) => {
    const { dir, result } = read({ 'serverless.yml': `service: shop\n${header}provider:\n  name: aws\nfunctions:\n  order:\n    handler: ${handler}\n`, ...sources });
    expect(result.functions.map((fn) => [path.relative(dir, fn.entry), fn.handlerExport])).toEqual([[entry, handlerExport]]);
  });
});

describe('readServerlessYml: problems', () => {
  it('a file that does not parse is one finding with its file and line', () => {
    const { dir, result } = read({ 'serverless.yml': 'service: shop\nfunctions:\n  order:\n    handler: [a\n' });
    expect(result.functions).toEqual([]);
    expect(result.findings.map((finding) => [finding.severity, finding.code, finding.at?.file, finding.at?.line])).toEqual([
      ['error', 'parse-error', path.join(dir, 'serverless.yml'), 5],
    ]);
  });

  it('a handler without a source file is a finding at its line; the other functions are still read', () => {
    const { dir, result } = read({
      'serverless.yml': 'service: shop\nfunctions:\n  gone:\n    handler: src/gone.handler\n  kept:\n    handler: src/kept.handler\n',
      'src/kept.ts': handlerCode,
    });
    expect(result.functions.map((fn) => fn.name)).toEqual(['kept']);
    expect(result.findings.map((finding) => [finding.code, finding.at?.line, finding.message])).toEqual([
      ['missing-handler-file', 4, `${path.join(dir, 'serverless.yml')}:4: the handler src/gone.handler of function gone has no source file (looked for src/gone.js, src/gone.mjs, ...)`],
    ]);
  });

  it('a file without functions says so', () => {
    const { result } = read({ 'serverless.yml': 'service: shop\nprovider:\n  name: aws\n' });
    expect(result.findings.map((finding) => finding.code)).toEqual(['no-functions']);
  });

  it('a file that cannot be read says so', () => {
    expect(readServerlessYml('/nonexistent/serverless.yml').findings.map((finding) => finding.code)).toEqual(['unreadable-file']);
  });
});
