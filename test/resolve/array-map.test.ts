import { describe, expect, it } from 'vitest';
import { at, evaluateProbe, type ProbeCase } from './evaluate-probe.js';

const cases: ProbeCase[] = [
  {
    name: 'a known array is mapped element by element',
    files: { '/src/index.ts': "const ids = ['a', 'b'];\nprobe(ids.map((id) => `/app/${id}`));" },
    expected: ['/app/a', '/app/b'],
  },
  {
    name: 'an unknown array gives one representative element',
    files: { '/src/index.ts': 'export function f(order: { lines: { sku: string }[] }) {\n  probe(order.lines.map((line) => ({ Update: { TableName: "inventory", Key: line.sku } })));\n}' },
    expected: [{ Update: { TableName: 'inventory', Key: { $unknown: 'an element of order.lines', at: at(2, 9) } } }],
  },
  {
    name: 'spread into a transaction beside known items',
    files: { '/src/index.ts': 'export function f(lines: string[]) {\n  probe([{ Put: { TableName: "orders" } }, ...lines.map((l) => ({ Update: { TableName: "stock" } }))]);\n}' },
    expected: [{ Put: { TableName: 'orders' } }, { Update: { TableName: 'stock' } }],
  },
  {
    name: 'flatMap flattens one level; a block body with one return',
    files: { '/src/index.ts': "const t = ['x', 'y'];\nprobe(t.flatMap(function (n) { return [n, n + '-dlq']; }));" },
    expected: ['x', 'x-dlq', 'y', 'y-dlq'],
  },
];

describe('array map with an inline callback', () => {
  it.each(cases)('$name', ({ files, expected }) => {
    expect(evaluateProbe(files)).toEqual(expected);
  });
});

describe('an array declared empty and filled later', () => {
  it('is unknown, so its mapped elements still count', () => {
    const files = { '/src/index.ts': 'const done: string[] = [];\ndone.push("a");\nprobe(done.map((d) => ({ EventBusName: "docs", Detail: d })));' };
    expect(evaluateProbe(files)).toEqual([{ EventBusName: 'docs', Detail: { $unknown: 'an element of done', at: at(3, 7) } }]);
  });
});
