import { describe, expect, it } from 'vitest';
import { at, evaluateProbe, type ProbeCase } from './evaluate-probe.js';

const stage = { $unknown: 'stage has no initial value', at: at(1, 15) };
const head = 'declare const stage: string;\n';

const cases: ProbeCase[] = [
  { name: 'a template with known parts is a plain string', files: { '/src/index.ts': 'const n = 2;\nprobe(`orders-${"eu"}-${n}-${true}`);' }, expected: 'orders-eu-2-true' },
  {
    name: 'a template with an unknown part',
    files: { '/src/index.ts': head + 'probe(`orders-${stage}-v1`);' },
    expected: { $template: ['orders-', stage, '-v1'] },
  },
  {
    name: 'nested templates merge their parts',
    files: { '/src/index.ts': head + 'const inner = `${stage}-x`;\nprobe(`a-${inner}-b`);' },
    expected: { $template: ['a-', stage, '-x-b'] },
  },
  {
    name: 'a template of one unknown is that unknown',
    files: { '/src/index.ts': head + 'probe(`${stage}`);' },
    expected: stage,
  },
  {
    name: 'a template over a one-of gives one string each',
    files: { '/src/index.ts': head + 'probe(`orders-${stage === "prod" ? "p" : "d"}`);' },
    expected: { $oneOf: ['orders-p', 'orders-d'] },
  },
  { name: '+ of strings and numbers, left to right', files: { '/src/index.ts': `probe(1 + 2 + 'x' + 1 + 2);` }, expected: '3x12' },
  {
    name: '+ with an unknown part',
    files: { '/src/index.ts': head + `probe('arn:aws:s3:::' + stage + '/*');` },
    expected: { $template: ['arn:aws:s3:::', stage, '/*'] },
  },
  {
    name: '+ of an unknown and a number may be a sum: unknown',
    files: { '/src/index.ts': `declare const n: number;\nprobe(n + 1);` },
    expected: { $unknown: 'a sum or a string whose parts are unknown', at: at(2, 7) },
  },
  {
    name: 'toLowerCase, toUpperCase, trim*',
    files: { '/src/index.ts': `const s = '  Orders  ';\nprobe([s.toLowerCase(), s.toUpperCase(), s.trim(), s.trimStart(), s.trimEnd()]);` },
    expected: ['  orders  ', '  ORDERS  ', 'Orders', 'Orders  ', '  Orders'],
  },
  {
    name: 'replace and replaceAll with strings and regular expressions',
    files: { '/src/index.ts': `const s = 'a_b_c';\nprobe([s.replace('_', '-'), s.replaceAll('_', '-'), s.replace(/_/g, '.'), s.replace(/(a)_(b)/, '$2$1')]);` },
    expected: ['a-b_c', 'a-b-c', 'a.b.c', 'ba_c'],
  },
  {
    name: 'replaceAll with a non-global regular expression throws when run: unknown',
    files: { '/src/index.ts': `probe('a_b'.replaceAll(/_/, '-'));` },
    expected: { $unknown: '.replaceAll() with arguments that cannot be evaluated', at: at(1, 7) },
  },
  {
    name: 'slice, substring, split()[i], concat, padStart, padEnd',
    files: {
      '/src/index.ts': `const s = 'orders-prod';\nprobe([s.slice(0, 6), s.slice(-4), s.substring(7), s.split('-')[1], s.split('-'), s.concat('-', 1), '7'.padStart(3, '0'), 'a'.padEnd(2)]);`,
    },
    expected: ['orders', 'prod', 'prod', 'prod', ['orders', 'prod'], 'orders-prod-1', '007', 'a '],
  },
  {
    name: 'join on known arrays, also with unknown elements',
    files: { '/src/index.ts': head + `probe([['a', 'b'].join('/'), ['a', null, 1].join(), ['x', stage].join('-')]);` },
    expected: ['a/b', 'a,,1', { $template: ['x-', stage] }],
  },
  {
    name: 'case changes and concat apply to the known parts of a template',
    files: { '/src/index.ts': head + 'probe([`Orders-${stage}`.toLowerCase(), `a-${stage}`.concat("-b")]);' },
    expected: [{ $template: ['orders-', stage] }, { $template: ['a-', stage, '-b'] }],
  },
  {
    name: 'other methods on a template are unknown',
    files: { '/src/index.ts': head + 'probe(`orders-${stage}`.slice(0, 3));' },
    expected: { $unknown: '.slice() of a partly unknown string', at: at(2, 7) },
  },
  {
    name: 'a method of an unknown value keeps its cause',
    files: { '/src/index.ts': head + 'probe(stage.toLowerCase());' },
    expected: stage,
  },
  {
    name: 'a method with an unknown argument is unknown',
    files: { '/src/index.ts': head + `probe('a-b'.split(stage)[0]);` },
    expected: { $unknown: '.split() with an unknown argument', at: at(2, 7) },
  },
  {
    name: 'methods over a one-of apply to each',
    files: { '/src/index.ts': head + `probe((stage ? 'A' : 'B').toLowerCase());` },
    expected: { $oneOf: ['a', 'b'] },
  },
  {
    name: 'String(x), encodeURIComponent, JSON.stringify without the standard library',
    files: { '/src/index.ts': head + `probe([String(42), String(stage), encodeURIComponent('a b/c'), JSON.stringify({ id: 1, tags: ['x'] })]);` },
    expected: ['42', stage, 'a%20b%2Fc', '{"id":1,"tags":["x"]}'],
  },
  {
    name: 'String(x), encodeURIComponent, JSON.stringify as declared by the standard library',
    withLib: true,
    files: { '/src/index.ts': head + 'probe([String(true), encodeURIComponent(`k ${stage}`), JSON.stringify({ a: stage })]);' },
    expected: ['true', { $template: ['k%20', stage] }, { $unknown: 'JSON of a value that is not fully known', at: at(2, 56) }],
  },
  {
    name: 'a local function named String is not the global',
    files: { '/src/index.ts': `function String(x: unknown) { return 'mine'; }\nprobe(String(1));` },
    expected: 'mine',
  },
];

describe('templates, concatenation and string methods', () => {
  it.each(cases)('$name', ({ files, env, withLib, expected }) => {
    expect(evaluateProbe(files, { env, withLib })).toStrictEqual(expected);
  });
});
