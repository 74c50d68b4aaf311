import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import { declarationValue } from './declaration-value.js';
import { boundValue, truncated, type EvaluationContext } from './evaluation-context.js';
import { shortText, undefinedAt, unknownAt } from './unknown-at.js';

export function evaluateIdentifier(identifier: ts.Identifier, context: EvaluationContext): Value {
  if (identifier.text === 'undefined') return undefinedAt(identifier, 'undefined');
  const { checker } = context;
  // The name in `{ TableName }` is the property; the value is the variable of the same name.
  const symbol =
    ts.isShorthandPropertyAssignment(identifier.parent) && identifier.parent.name === identifier
      ? checker.getShorthandAssignmentValueSymbol(identifier.parent)
      : checker.getSymbolAtLocation(identifier);
  if (!symbol) return unknownAt(identifier, `${identifier.text} is not declared`);
  return evaluateSymbol(symbol, identifier, context);
}

/** The value of what `symbol` names, following imports and re-exports; `usedAt` is the reference. */
export function evaluateSymbol(symbol: ts.Symbol, usedAt: ts.Node, context: EvaluationContext): Value {
  const bound = boundValue(context, symbol);
  if (bound !== undefined) return bound;
  const target = resolveAlias(symbol, context.checker);
  const declaration = target.valueDeclaration ?? target.declarations?.[0];
  if (!declaration) {
    const from = importedModuleName(lastAlias(symbol, context.checker));
    const why = from ? `imported from '${from}', which is not in the project` : `${symbol.name} has no declaration`;
    return unknownAt(usedAt, why);
  }
  return evaluateDeclaration(declaration, usedAt, context);
}

export function resolveAlias(symbol: ts.Symbol, checker: ts.TypeChecker): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

// The import that leads nowhere, when re-exports pass an unresolved import on.
function lastAlias(symbol: ts.Symbol, checker: ts.TypeChecker): ts.Symbol {
  let current = symbol;
  for (let hops = 0; hops < 20 && current.flags & ts.SymbolFlags.Alias; hops += 1) {
    const next = checker.getImmediateAliasedSymbol(current);
    if (!next?.declarations?.length) break;
    current = next;
  }
  return current;
}

/**
 * A declaration's value, memoized for declarations outside functions (whose value cannot depend
 * on parameters) unless a limit was hit while computing it.
 */
export function evaluateDeclaration(declaration: ts.Node, usedAt: ts.Node, context: EvaluationContext): Value {
  const { state } = context;
  const memoized = state.memo.get(declaration);
  if (memoized !== undefined) return memoized;
  if (state.active.has(declaration)) return truncated(usedAt, `${shortText(usedAt)} refers to itself`, context);
  const truncationsBefore = state.truncations;
  state.active.add(declaration);
  let value: Value;
  try {
    value = declarationValue(declaration, usedAt, context);
  } finally {
    state.active.delete(declaration);
  }
  if (state.truncations === truncationsBefore && !isInsideFunction(declaration)) state.memo.set(declaration, value);
  return value;
}

function isInsideFunction(node: ts.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isFunctionLike(current) || ts.isClassLike(current)) return true;
  }
  return false;
}

function importedModuleName(symbol: ts.Symbol): string | undefined {
  for (let node: ts.Node | undefined = symbol.declarations?.[0]; node; node = node.parent) {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      return ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : undefined;
    }
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const reference = node.moduleReference.expression;
      return ts.isStringLiteral(reference) ? reference.text : undefined;
    }
    if (ts.isVariableDeclaration(node)) return node.initializer && requiredModule(node.initializer);
  }
  return undefined;
}

/** 'x' for `require('x')` and `require('x').y`. */
export function requiredModule(expression: ts.Expression): string | undefined {
  if (ts.isPropertyAccessExpression(expression)) return requiredModule(expression.expression);
  if (!ts.isCallExpression(expression) || !ts.isIdentifier(expression.expression)) return undefined;
  const [specifier] = expression.arguments;
  return expression.expression.text === 'require' && specifier && ts.isStringLiteral(specifier) ? specifier.text : undefined;
}
