import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import type { EvaluationContext } from './evaluation-context.js';
import { unsetEnvironmentVariable } from './unknown-at.js';

const PROCESS_MODULES = new Set(['process', 'node:process']);

/**
 * Whether an expression is `process.env`: written out, imported (`import { env } from
 * 'node:process'`), or through a `const` alias (`const env = process.env`).
 */
export function isProcessEnv(expression: ts.Expression, context: EvaluationContext, hops = 0): boolean {
  const node = skipWrappers(expression);
  if (ts.isPropertyAccessExpression(node)) {
    return node.name.text === 'env' && ts.isIdentifier(node.expression) && isGlobalProcess(node.expression, context);
  }
  if (!ts.isIdentifier(node) || hops > 4) return false;
  const declaration = context.checker.getSymbolAtLocation(node)?.declarations?.[0];
  if (!declaration) return false;
  if (ts.isImportSpecifier(declaration)) {
    return (declaration.propertyName ?? declaration.name).text === 'env' && importsFromProcess(declaration);
  }
  if (ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isIdentifier(declaration.name)) {
    const isConst = (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0;
    return isConst && isProcessEnv(declaration.initializer, context, hops + 1);
  }
  return false;
}

/** The value of environment variable `name` read at `node`: from --env, else unknown. */
export function environmentVariable(name: string, node: ts.Node, context: EvaluationContext): Value {
  const given = context.env.get(name);
  return given ?? unsetEnvironmentVariable(node, name);
}

export function skipWrappers(node: ts.Expression): ts.Expression {
  let current = node;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isTypeAssertionExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

// `process` is Node's global unless the code declares its own; `import process from 'process'` is
// the same object.
function isGlobalProcess(identifier: ts.Identifier, context: EvaluationContext): boolean {
  if (identifier.text !== 'process') return false;
  const declarations = context.checker.getSymbolAtLocation(identifier)?.declarations ?? [];
  return declarations.every(
    (declaration) =>
      declaration.getSourceFile().isDeclarationFile ||
      ((ts.isImportClause(declaration) || ts.isNamespaceImport(declaration)) && importsFromProcess(declaration)),
  );
}

function importsFromProcess(node: ts.Node): boolean {
  let current: ts.Node | undefined = node;
  while (current && !ts.isImportDeclaration(current)) current = current.parent;
  return !!current && ts.isStringLiteral(current.moduleSpecifier) && PROCESS_MODULES.has(current.moduleSpecifier.text);
}
