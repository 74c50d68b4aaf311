import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import type { Value } from '../../src/model.js';
import { evaluateExpression } from '../../src/resolve/evaluate-expression.js';
import { at, evaluateProbe, evaluateProbes, type ProbeCase } from './evaluate-probe.js';

const constChain = (length: number) =>
  ["const c0 = 'x';", ...Array.from({ length: length - 1 }, (_, i) => `const c${i + 1} = c${i};`), `probe(c${length - 1});`, 'probe(c49);'].join('\n');

const cases: ProbeCase[] = [
  {
    name: 'two consts that refer to each other',
    files: { '/src/index.ts': `const a: string = b;\nconst b: string = a;\nprobe(a);` },
    expected: { $unknown: 'a refers to itself', at: at(2, 19) },
  },
  {
    name: 'a cycle across files',
    files: {
      '/src/index.ts': `import { A } from './a.js';\nprobe(A);`,
      '/src/a.ts': 'import { B } from "./b.js";\nexport const A: string = `a-${B}`;',
      '/src/b.ts': 'import { A } from "./a.js";\nexport const B: string = A + "-b";',
    },
    expected: { $template: ['a-', { $unknown: 'A refers to itself', at: at(2, 26, '/src/b.ts') }, '-b'] },
  },
  {
    name: 'export * in a cycle',
    files: {
      '/src/index.ts': `import { B } from './a.js';\nprobe(B);`,
      '/src/a.ts': `export * from './b.js';\nexport const A = 'a';`,
      '/src/b.ts': `export * from './a.js';\nexport const B = 'b';`,
    },
    expected: 'b',
  },
  {
    name: 'a function that calls itself stops at the call depth limit',
    files: { '/src/index.ts': `const f = (n: string): string => f(n + 'x');\nprobe(f('a'));` },
    expected: { $unknown: 'calls nested too deeply to follow', at: at(1, 34) },
  },
  {
    name: 'an import from an npm package that is not present',
    files: { '/src/index.ts': `import { TABLE } from '@acme/config';\nimport * as cfg from 'acme-cfg';\nprobe([TABLE, cfg.QUEUE]);` },
    expected: [
      { $unknown: "imported from '@acme/config', which is not in the project", at: at(3, 8) },
      { $unknown: "imported from 'acme-cfg', which is not in the project", at: at(3, 15) },
    ],
  },
  {
    name: 'a default import of a missing file, and a require of a missing package',
    files: {
      '/src/index.ts': `import name from './missing.js';\nimport { fromJs } from './lib.js';\nprobe([name, fromJs]);`,
      '/src/lib.js': `const { X } = require('left-pad');\nexports.fromJs = X;`,
    },
    expected: [
      { $unknown: "imported from './missing.js', which is not in the project", at: at(3, 8) },
      { $unknown: "imported from 'left-pad', which is not in the project", at: at(3, 14) },
    ],
  },
  {
    name: 'a 5000-term concatenation',
    files: { '/src/index.ts': `probe(${Array.from({ length: 5000 }, () => "'ab'").join(' + ')});` },
    expected: 'ab'.repeat(5000),
  },
  {
    name: 'a string that doubles past the length limit',
    files: { '/src/index.ts': ["const s0 = 'xxxxxxxxxx';", ...Array.from({ length: 20 }, (_, i) => `const s${i + 1} = s${i} + s${i};`), 'probe(s20);'].join('\n') },
    expected: { $unknown: 'a string longer than 100000 characters', at: at(15, 13) },
  },
];

describe('limits: cycles, unknown imports, large inputs', () => {
  it.each(cases)('$name', ({ files, env, expected }) => {
    expect(evaluateProbe(files, { env })).toStrictEqual(expected);
  });

  it('a chain of consts deeper than the depth limit is unknown, and does not spoil shorter chains', () => {
    const [deep, shallow] = evaluateProbes({ '/src/index.ts': constChain(200) });
    expect(deep).toStrictEqual({ $unknown: 'nested too deeply to follow', at: at(51, 13) });
    expect(shallow).toBe('x');
  });

  it('an object nested deeper than the depth limit is cut with an unknown', () => {
    const source = `probe(${'{a:'.repeat(300)}'x'${'}'.repeat(300)});`;
    let value = evaluateProbe({ '/src/index.ts': source });
    for (let level = 0; level < 150; level += 1) value = (value as { a: Value }).a;
    expect(value).toStrictEqual({ $unknown: 'nested too deeply to follow', at: at(1, 7 + 150 * 3) });
  });

  it('an array larger than the step budget keeps its first elements and marks the rest', () => {
    const source = `probe([${Array.from({ length: 60_000 }, (_, i) => i).join(',')}]);`;
    const value = evaluateProbe({ '/src/index.ts': source }) as Value[];
    expect(value).toHaveLength(60_000);
    expect(value[49_998]).toBe(49_998);
    expect(value[49_999]).toStrictEqual({ $unknown: 'too large to evaluate', at: at(1, source.indexOf(',49999,') + 2) });
  });

  it('keeps values for different env maps apart on one checker', () => {
    const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { noLib: true } });
    const file = project.createSourceFile('/src/index.ts', `export const TABLE = process.env.TABLE ?? 'dflt';\nTABLE;`);
    const statement = file.compilerNode.statements[1] as ts.ExpressionStatement;
    const checker = project.getTypeChecker().compilerObject;
    expect(evaluateExpression(statement.expression, { checker, env: new Map([['TABLE', 'orders']]) })).toBe('orders');
    expect(evaluateExpression(statement.expression, { checker, env: new Map() })).toBe('dflt');
  });

  it('never throws: a node outside any source file becomes an unknown without a place', () => {
    const checker = new Project({ useInMemoryFileSystem: true }).getTypeChecker().compilerObject;
    const value = evaluateExpression(ts.factory.createIdentifier('orphan'), { checker, env: new Map() });
    expect(value).toMatchObject({ $unknown: expect.stringMatching(/^could not be evaluated: /) });
    expect(value).not.toHaveProperty('at');
  });
});
