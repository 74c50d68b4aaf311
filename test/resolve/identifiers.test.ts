import { describe, expect, it } from 'vitest';
import { at, evaluateProbe, type ProbeCase } from './evaluate-probe.js';

const cases: ProbeCase[] = [
  { name: 'a const', files: { '/src/index.ts': `const TABLE = 'orders';\nprobe(TABLE);` }, expected: 'orders' },
  { name: 'a const through another const', files: { '/src/index.ts': `const A = 'a';\nconst B = A;\nprobe(B);` }, expected: 'a' },
  { name: 'a let never assigned again', files: { '/src/index.ts': `let table = 'orders';\nprobe(table);` }, expected: 'orders' },
  {
    name: 'a let assigned again is one of its initial and assigned values',
    files: { '/src/index.ts': `let table = 'orders';\nif (Math.random()) table = 'other';\nprobe(table);` },
    expected: { $oneOf: ['orders', 'other'] },
  },
  {
    name: 'a config object wrapped in Object.freeze, read through an import',
    files: {
      '/src/index.ts': `import { TABLES } from './config.js';\nprobe(TABLES.users);`,
      '/src/config.ts': `const STAGE = 'prod';\nexport const TABLES = Object.freeze({ users: \`users-\${STAGE}\` });`,
    },
    expected: 'users-prod',
  },
  {
    name: 'a let declared without a value and assigned in both branches',
    files: { '/src/index.ts': `const STAGE = 'prod';\nlet queue: string;\nif (STAGE === 'prod') queue = 'jobs';\nelse queue = \`jobs-\${STAGE}\`;\nprobe(queue);` },
    expected: { $oneOf: ['jobs', 'jobs-prod'] },
  },
  {
    name: 'a let changed by += is unknown at the change',
    files: { '/src/index.ts': `let table = 'orders';\ntable += '-v2';\nprobe(table);` },
    expected: { $unknown: 'table is assigned more than once', at: at(2, 1) },
  },
  {
    name: 'a let assigned through destructuring is unknown',
    files: { '/src/index.ts': `let table = 'orders';\n[table] = ['x'];\nprobe(table);` },
    expected: { $unknown: 'table is assigned more than once', at: at(2, 2) },
  },
  {
    name: 'a var changed by ++ is unknown',
    files: { '/src/index.ts': `var n = 1;\nn++;\nprobe(n);` },
    expected: { $unknown: 'n is assigned more than once', at: at(2, 1) },
  },
  {
    name: 'a let assigned by destructuring is unknown',
    files: { '/src/index.ts': `let a = 'x';\n({ a } = { a: 'y' });\nprobe(a);` },
    expected: { $unknown: 'a is assigned more than once', at: at(2, 4) },
  },
  {
    name: 'a loop variable is unknown',
    files: { '/src/index.ts': `for (const t of ['a', 'b']) probe(t);` },
    expected: { $unknown: 't is a loop variable', at: at(1, 12) },
  },
  {
    name: 'a named import',
    files: { '/src/index.ts': `import { TABLE } from './config.js';\nprobe(TABLE);`, '/src/config.ts': `export const TABLE = 'orders';` },
    expected: 'orders',
  },
  {
    name: 'an aliased import of a re-export of a re-export (export { } from, export *)',
    files: {
      '/src/index.ts': `import { NAME as n } from './lib/index.js';\nprobe(n);`,
      '/src/lib/index.ts': `export * from './names.js';`,
      '/src/lib/names.ts': `export { BUCKET as NAME } from './constants.js';`,
      '/src/lib/constants.ts': `const bucket = 'uploads';\nexport const BUCKET = bucket;`,
    },
    expected: 'uploads',
  },
  {
    name: 'a default export of an expression and of a const',
    files: {
      '/src/index.ts': `import a from './a.js';\nimport b from './b.js';\nprobe([a, b]);`,
      '/src/a.ts': `export default 'from-a';`,
      '/src/b.ts': `const B = 'from-b';\nexport default B;`,
    },
    expected: ['from-a', 'from-b'],
  },
  {
    name: 'a namespace import',
    files: { '/src/index.ts': `import * as config from './config.js';\nprobe(config.TABLE);`, '/src/config.ts': `export const TABLE = 'orders';` },
    expected: 'orders',
  },
  {
    name: 'a name a namespace does not export is unknown',
    files: { '/src/index.ts': `import * as config from './config.js';\nprobe((config as any).NOPE);`, '/src/config.ts': `export const TABLE = 'orders';` },
    expected: { $unknown: 'NOPE is not exported by (config as any)', at: at(2, 7) },
  },
  {
    name: 'CommonJS: require destructuring of module.exports = { X } and exports.X =',
    files: {
      '/src/index.ts': `import { A, B, C } from './cjs.js';\nprobe([A, B, C]);`,
      '/src/cjs.js': `const A = 'a';\nmodule.exports = { A, B: 'b' };\nmodule.exports.C = 'c';`,
    },
    expected: ['a', 'b', 'c'],
  },
  {
    name: 'CommonJS: require in a JavaScript entry, also of a whole module',
    files: {
      '/src/index.ts': `import { value } from './entry.js';\nprobe(value);`,
      '/src/entry.js': `const { TABLE } = require('./config');\nconst config = require('./config');\nexports.value = [TABLE, config.QUEUE];`,
      '/src/config.js': `exports.TABLE = 'orders';\nexports.QUEUE = 'jobs';`,
    },
    expected: ['orders', 'jobs'],
  },
  {
    name: 'CommonJS: a default import of module.exports',
    files: { '/src/index.ts': `import config from './config.js';\nprobe(config.TABLE);`, '/src/config.js': `module.exports = { TABLE: 'orders' };` },
    expected: 'orders',
  },
  {
    name: 'nested as const objects, property and element access',
    files: {
      '/src/index.ts': `import { CONFIG } from './config.js';\nprobe([CONFIG.tables.orders, CONFIG['tables']['users'], CONFIG.list[1], CONFIG.list.length]);`,
      '/src/config.ts': `export const CONFIG = { tables: { orders: 'orders-t', users: 'users-t' }, list: ['x', 'y'] } as const;`,
    },
    expected: ['orders-t', 'users-t', 'y', 2],
  },
  {
    name: 'element access with an unknown key: one of the values',
    files: { '/src/index.ts': `declare const stage: string;\nconst TABLES = { dev: 'orders-dev', prod: 'orders-prod' };\nprobe(TABLES[stage as 'dev']);` },
    expected: { $oneOf: ['orders-dev', 'orders-prod'] },
  },
  {
    name: 'a property an object does not have is unknown',
    files: { '/src/index.ts': `const o: Record<string, string> = { a: '1' };\nprobe(o.b);` },
    expected: { $unknown: 'property b is not set', at: at(2, 7) },
  },
  {
    name: 'enum members, numeric and string, also imported',
    files: {
      '/src/index.ts': `import { Table } from './tables.js';\nenum Level { Low, High }\nprobe([Table.Orders, Level.High, Table[Table.Users === 'users' ? 'Orders' : 'Users']]);`,
      '/src/tables.ts': `export enum Table { Orders = 'orders', Users = 'users' }`,
    },
    expected: ['orders', 1, 'orders'],
  },
  {
    name: 'destructuring with rename, nesting, arrays, defaults and rest',
    files: {
      '/src/index.ts': `const cfg = { a: 'A', nested: { b: 'B' }, list: ['x', 'y', 'z'] };\nconst { a: renamed, nested: { b }, list: [, second, ...others], missing = 'dflt', ...rest } = cfg;\nprobe([renamed, b, second, others, missing, rest]);`,
    },
    expected: ['A', 'B', 'y', ['z'], 'dflt', {}],
  },
];

describe('identifiers, imports and property access', () => {
  it.each(cases)('$name', ({ files, env, expected }) => {
    expect(evaluateProbe(files, { env })).toStrictEqual(expected);
  });
});
