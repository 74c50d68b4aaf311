import { Project, ts } from 'ts-morph';
import { describe, expect, test } from 'vitest';
import type { Value } from '../../src/model.js';
import { evaluateExpression } from '../../src/resolve/evaluate-expression.js';

// Evaluations with the same checker and env share what they worked out: an expression that reads
// no parameter once, and never one whose value depends on what a parameter is bound to.
describe('values kept across evaluations', () => {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { noLib: true, target: ts.ScriptTarget.ES2022 } });
  const file = project.createSourceFile(
    '/src/index.ts',
    [
      `const TABLES = { orders: 'orders-table' } as const;`,
      `export function key(id: string, tenant: string) {`,
      `  return { TableName: TABLES.orders, Key: { pk: \`ORDER#\${id}\` }, Tenant: prefix(tenant), Meta: { table: TABLES.orders } };`,
      `}`,
      `function prefix(value: string) { return 't-' + value; }`,
    ].join('\n'),
  ).compilerNode;
  const checker = project.getTypeChecker().compilerObject;
  const fn = file.statements.find(ts.isFunctionDeclaration)!;
  const returned = (fn.body!.statements[0] as ts.ReturnStatement).expression!;
  const [id, tenant] = fn.parameters.map((parameter) => checker.getSymbolAtLocation(parameter.name)!);
  const env = new Map<string, string>();
  const evaluate = (bound: Array<[ts.Symbol, Value]>) => evaluateExpression(returned, { checker, env, parameters: new Map(bound) });

  test('parts that read a parameter follow each evaluation\'s bindings', () => {
    const meta = { table: 'orders-table' };
    expect(evaluate([[id!, 'a'], [tenant!, 'x']])).toEqual({ TableName: 'orders-table', Key: { pk: 'ORDER#a' }, Tenant: 't-x', Meta: meta });
    expect(evaluate([[id!, 'b'], [tenant!, 'y']])).toEqual({ TableName: 'orders-table', Key: { pk: 'ORDER#b' }, Tenant: 't-y', Meta: meta });
    expect(evaluate([])).toEqual({
      TableName: 'orders-table',
      Key: { pk: { $template: ['ORDER#', { $unknown: 'from a function parameter: id', at: { file: '/src/index.ts', line: 3, column: 58 } }] } },
      Tenant: { $template: ['t-', { $unknown: 'from a function parameter: tenant', at: { file: '/src/index.ts', line: 3, column: 81 } }] },
      Meta: { table: 'orders-table' },
    });
  });

  test('a part that reads none is worked out once', () => {
    const first = evaluate([[id!, 'a']]) as { Key: Value; Meta: Value };
    const second = evaluate([[id!, 'b']]) as { Key: Value; Meta: Value };
    expect(second.Meta).toBe(first.Meta);
    // The object literal reads `id`, so it is built again; `{ pk: ... }` too.
    expect(second).not.toBe(first);
    expect(second.Key).not.toBe(first.Key);
  });
});
