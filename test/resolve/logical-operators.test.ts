import { describe, expect, it } from 'vitest';
import { at, evaluateProbe, type ProbeCase } from './evaluate-probe.js';

const x = { $unknown: 'x has no initial value', at: at(1, 15) };
const head = 'declare const x: string;\n';

const cases: ProbeCase[] = [
  { name: '?? with a known non-nullish left side', files: { '/src/index.ts': `probe('a' ?? 'b');` }, expected: 'a' },
  { name: '?? with null on the left', files: { '/src/index.ts': `probe(null ?? 'b');` }, expected: 'b' },
  { name: '?? with undefined on the left', files: { '/src/index.ts': `probe(undefined ?? 'b');` }, expected: 'b' },
  { name: '?? keeps an empty string and 0', files: { '/src/index.ts': `probe(['' ?? 'b', 0 ?? 1]);` }, expected: ['', 0] },
  { name: '?? with an absent property', files: { '/src/index.ts': `const o: { a?: string } = {};\nprobe(o.a ?? 'b');` }, expected: 'b' },
  { name: '?? with an unknown left side: one of both', files: { '/src/index.ts': head + `probe(x ?? 'b');` }, expected: { $oneOf: [x, 'b'] } },
  { name: '|| with a falsy left side', files: { '/src/index.ts': `probe(['' || 'b', 0 || 'c', false || 'd']);` }, expected: ['b', 'c', 'd'] },
  { name: '|| with a truthy left side', files: { '/src/index.ts': `probe('a' || 'b');` }, expected: 'a' },
  { name: '|| with an unknown left side: one of both', files: { '/src/index.ts': head + `probe(x || 'b');` }, expected: { $oneOf: [x, 'b'] } },
  {
    name: '|| with a template that has a known character is the template',
    files: { '/src/index.ts': head + 'probe(`a${x}` || "b");' },
    expected: { $template: ['a', x] },
  },
  { name: '&& with known sides', files: { '/src/index.ts': `probe(['a' && 'b', '' && 'b']);` }, expected: ['b', ''] },
  {
    name: '?? over a one-of replaces only the nullish alternatives',
    files: { '/src/index.ts': head + `probe((x ? null : 'a') ?? 'b');` },
    expected: { $oneOf: ['b', 'a'] },
  },
  {
    name: 'a conditional with an unknown condition: both branches',
    files: { '/src/index.ts': head + `probe(x === 'prod' ? 'orders' : 'orders-dev');` },
    expected: { $oneOf: ['orders', 'orders-dev'] },
  },
  {
    name: 'equal branches collapse',
    files: { '/src/index.ts': head + `probe(x ? 'orders' : 'orders');` },
    expected: 'orders',
  },
  {
    name: 'a conditional with a known condition: that branch',
    files: { '/src/index.ts': `const STAGE = 'prod';\nprobe(STAGE !== 'prod' ? 'dev' : STAGE == 'prod' ? 'p' : 'x');` },
    expected: 'p',
  },
  {
    name: 'nested conditionals flatten into one one-of',
    files: { '/src/index.ts': head + `probe(x === 'a' ? 'A' : x === 'b' ? 'B' : 'C');` },
    expected: { $oneOf: ['A', 'B', 'C'] },
  },
  {
    name: 'a branch that is unknown stays an alternative',
    files: { '/src/index.ts': head + `probe(x ? x : 'dflt');` },
    expected: { $oneOf: [x, 'dflt'] },
  },
  {
    name: '! of known and unknown values',
    files: { '/src/index.ts': head + `probe([!'', !x]);` },
    expected: [true, { $unknown: 'the negation of an unknown value', at: at(2, 13) }],
  },
];

describe('??, ||, && and conditionals', () => {
  it.each(cases)('$name', ({ files, env, expected }) => {
    expect(evaluateProbe(files, { env })).toStrictEqual(expected);
  });
});
