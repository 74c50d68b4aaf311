import { describe, expect, it } from 'vitest';
import { at, evaluateProbe, type ProbeCase } from './evaluate-probe.js';

const cases: ProbeCase[] = [
  { name: 'string literal', files: { '/src/index.ts': `probe('orders');` }, expected: 'orders' },
  { name: 'no-substitution template', files: { '/src/index.ts': 'probe(`orders`);' }, expected: 'orders' },
  { name: 'numbers, also negative and with separators', files: { '/src/index.ts': 'probe([1_000, -2, 0x10, 1.5]);' }, expected: [1000, -2, 16, 1.5] },
  { name: 'booleans and null', files: { '/src/index.ts': 'probe([true, false, null]);' }, expected: [true, false, null] },
  {
    name: 'as, satisfies, !, parentheses, as const',
    files: { '/src/index.ts': `const x = 'a' as string; probe([(x as string)!, ('b' satisfies string), <string>'c', ['d'] as const]);` },
    expected: ['a', 'b', 'c', ['d']],
  },
  {
    name: 'object literal with shorthand, computed key and nested object',
    files: { '/src/index.ts': `const Bucket = 'b';\nconst KEY = 'Key';\nprobe({ Bucket, [KEY]: 'k', 'Quoted': 1, 2: 'two', Nested: { A: [Bucket] } });` },
    expected: { '2': 'two', Bucket: 'b', Key: 'k', Quoted: 1, Nested: { A: ['b'] } },
  },
  {
    name: 'known spreads merge, later keys win',
    files: { '/src/index.ts': `const base = { TableName: 't', Limit: 1 };\nprobe({ ...base, Limit: 5, ...{ Extra: true } });` },
    expected: { TableName: 't', Limit: 5, Extra: true },
  },
  {
    name: 'an unknown spread sets $rest, known keys stay',
    files: { '/src/index.ts': `declare const extra: object;\nprobe({ ...extra, TableName: 't' });` },
    expected: { TableName: 't', $rest: { $unknown: 'extra has no initial value', at: at(1, 15) } },
  },
  {
    name: 'an unknown computed key sets $rest',
    files: { '/src/index.ts': `declare const key: string;\nprobe({ Bucket: 'b', [key]: 1 });` },
    expected: { Bucket: 'b', $rest: { $unknown: 'key has no initial value', at: at(1, 15) } },
  },
  {
    name: 'spreads of null and of an absent property add nothing',
    files: { '/src/index.ts': `const o = { a: 1 };\nprobe({ ...null, ...(o as any).missing, b: 2 });` },
    expected: { b: 2 },
  },
  {
    name: 'getters and methods are unknown properties',
    files: { '/src/index.ts': `probe({ get Key() { return 'k'; }, m() {} });` },
    expected: { Key: { $unknown: 'Key is computed by a function', at: at(1, 9) }, m: { $unknown: 'm is computed by a function', at: at(1, 36) } },
  },
  {
    name: 'array spreads: known arrays flatten, strings split, unknown spreads stay one element',
    files: { '/src/index.ts': `declare const more: string[];\nconst two = ['b', 'c'];\nprobe(['a', ...two, ...'de', ...more, , 'z']);` },
    expected: ['a', 'b', 'c', 'd', 'e', { $unknown: 'more has no initial value', at: at(1, 15) }, null, 'z'],
  },
  {
    name: 'a function is unknown',
    files: { '/src/index.ts': `probe(() => 1);` },
    expected: { $unknown: 'a function', at: at(1, 7) },
  },
  {
    name: 'an unsupported expression is unknown with its text',
    files: { '/src/index.ts': `probe(new Date());` },
    expected: { $unknown: 'cannot evaluate new Date()', at: at(1, 7) },
  },
];

describe('literals', () => {
  it.each(cases)('$name', ({ files, env, expected }) => {
    expect(evaluateProbe(files, { env })).toStrictEqual(expected);
  });
});
