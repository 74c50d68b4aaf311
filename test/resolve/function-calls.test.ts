import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import type { Value } from '../../src/model.js';
import { at, evaluateProbe, type ProbeCase } from './evaluate-probe.js';

const cases: ProbeCase[] = [
  {
    name: 'an arrow with an expression body',
    files: { '/src/index.ts': 'const tableName = (stage: string) => `orders-${stage}`;\nprobe(tableName("prod"));' },
    expected: 'orders-prod',
  },
  {
    name: 'an imported function whose body is one return, with a default parameter',
    files: {
      '/src/index.ts': `import { arn } from './arn.js';\nprobe(arn('orders'));`,
      '/src/arn.ts': 'export function arn(name: string, region = "eu-west-1") {\n  return `arn:aws:dynamodb:${region}:123:table/${name}`;\n}',
    },
    expected: 'arn:aws:dynamodb:eu-west-1:123:table/orders',
  },
  {
    name: 'destructured and rest parameters',
    files: { '/src/index.ts': `const f = ({ a, b = 'B' }: { a: string; b?: string }, ...more: string[]) => [a, b, more.join('+')];\nprobe(f({ a: 'A' }, 'x', 'y'));` },
    expected: ['A', 'B', 'x+y'],
  },
  {
    name: 'a method of a const object and a function through a namespace import',
    files: {
      '/src/index.ts': `import * as names from './names.js';\nconst helpers = { queue: (n: string) => n + '.fifo' };\nprobe([helpers.queue('jobs'), names.bucket('eu')]);`,
      '/src/names.ts': 'export const bucket = (region: string) => `files-${region}`;',
    },
    expected: ['jobs.fifo', 'files-eu'],
  },
  {
    name: 'calls inside calls, and a parameter passed on',
    files: { '/src/index.ts': `const upper = (s: string) => s.toUpperCase();\nconst wrap = (s: string) => '[' + upper(s) + ']';\nprobe(wrap('a'));` },
    expected: '[A]',
  },
  {
    name: 'a parameter used in a module-level const call keeps both values apart',
    files: { '/src/index.ts': `const pre = (s: string) => 'p-' + s;\nconst A = pre('a');\nconst B = pre('b');\nprobe([A, B, pre('c')]);` },
    expected: ['p-a', 'p-b', 'p-c'],
  },
  {
    name: 'a function of several statements returns what its return reads, its locals followed',
    files: { '/src/index.ts': `async function store(tenant: string, month: string) {\n  const key = \`exports/\${tenant}/\${month}.csv\`;\n  await Promise.resolve();\n  return key;\n}\nprobe(store('acme', '2026-10'));` },
    expected: 'exports/acme/2026-10.csv',
  },
  {
    name: 'several returns give one of their values; returns of nested functions are not its own',
    files: { '/src/index.ts': `function table(prod: boolean) {\n  const pick = () => { return 'inner'; };\n  if (prod) return 'orders-prod';\n  return 'orders-dev';\n}\nprobe(table(Math.random() > 1));` },
    expected: { $oneOf: ['orders-prod', 'orders-dev'] },
  },
  {
    name: 'a local reassigned on some path keeps each value it may hold',
    files: { '/src/index.ts': `function name(x: string) {\n  let n = 'a-' + x;\n  if (x === 'b') n = 'b';\n  return n;\n}\nprobe(name('q'));` },
    expected: { $oneOf: ['a-q', 'b'] },
  },
  {
    name: 'a function without a return is unknown',
    files: { '/src/index.ts': `function name() {\n  const x = 'a';\n}\nprobe(name());` },
    expected: { $unknown: 'the result of name(), which returns no value', at: at(4, 7) },
  },
  {
    name: 'a call of something not in the code is unknown',
    files: { '/src/index.ts': `declare function getName(): string;\nprobe(getName());` },
    expected: { $unknown: 'the result of getName()', at: at(2, 7) },
  },
  {
    name: 'an unknown argument stays unknown inside the result',
    files: { '/src/index.ts': 'declare const s: string;\nconst t = (x: string) => `t-${x}`;\nprobe(t(s));' },
    expected: { $template: ['t-', { $unknown: 's has no initial value', at: at(1, 15) }] },
  },
  {
    name: 'member access on a handler parameter is unknown, from the event',
    files: { '/src/index.ts': `export const handler = async (event: any) => {\n  probe(event.Records[0].s3.bucket.name);\n};` },
    expected: { $unknown: 'from a function parameter: event.Records[0].s3.bucket.name', at: at(2, 9) },
  },
  {
    name: 'a parameter itself, and a name destructured from one',
    files: { '/src/index.ts': `export function handler(id: string, { detail }: any) {\n  probe([id, detail]);\n}` },
    expected: [
      { $unknown: 'from a function parameter: id', at: at(2, 10) },
      { $unknown: 'from a function parameter: detail', at: at(1, 39) },
    ],
  },
  {
    name: 'a const taken from the event keeps the unknown of the event through property access',
    files: { '/src/index.ts': `export function handler(event: any) {\n  const { body } = event;\n  probe(body.key);\n}` },
    expected: { $unknown: 'from a function parameter: event', at: at(2, 20) },
  },
];

describe('local function calls and parameters', () => {
  it.each(cases)('$name', ({ files, env, expected }) => {
    expect(evaluateProbe(files, { env })).toStrictEqual(expected);
  });

  it('uses scope.parameters for the enclosing function', () => {
    const files = {
      '/src/index.ts': 'export async function put(table: string, item: { id: string }) {\n  probe({ TableName: `${table}-v2`, Key: item.id, Region: region });\n}\ndeclare const region: string;',
    };
    const value = evaluateProbe(files, {
      parameters: ({ checker, argument }) => {
        let fn: ts.Node = argument;
        while (!ts.isFunctionDeclaration(fn)) fn = fn.parent;
        const [table, item] = (fn as ts.FunctionDeclaration).parameters.map((parameter) => checker.getSymbolAtLocation(parameter.name) as ts.Symbol);
        return new Map<ts.Symbol, Value>([
          [table as ts.Symbol, 'orders'],
          [item as ts.Symbol, { id: 'k1' }],
        ]);
      },
    });
    expect(value).toStrictEqual({ TableName: 'orders-v2', Key: 'k1', Region: { $unknown: 'region has no initial value', at: at(4, 15) } });
  });
});
