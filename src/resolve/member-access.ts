import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import { evaluateClassField } from './class-fields.js';
import { evaluateSymbol, resolveAlias } from './evaluate-symbol.js';
import { isBound, isParameterName, type EvaluationContext } from './evaluation-context.js';
import { pickAnyProperty, pickProperty } from './pick-property.js';
import { environmentVariable, isProcessEnv, skipWrappers } from './process-env.js';
import { shortText, undefinedAt, unknownAt } from './unknown-at.js';
import { alternativesOf, isOneOf, oneOf } from './value-kinds.js';

type AccessExpression = ts.PropertyAccessExpression | ts.ElementAccessExpression;

/** `object.name` and `object[key]`: env variables, module exports, and parts of known values. */
export function evaluateMemberAccess(node: AccessExpression, context: EvaluationContext): Value {
  if (isProcessEnv(node, context)) return unknownAt(node, 'the whole environment');
  const key = ts.isPropertyAccessExpression(node) ? node.name.text : context.evaluate(node.argumentExpression, context);
  if (isProcessEnv(node.expression, context)) {
    return byKey(key, node, (name) => environmentVariable(name, node, context), () => unknownAt(node, 'an environment variable whose name is unknown'));
  }
  if (hasUnboundParameterRoot(node, context)) return unknownAt(node, `from a function parameter: ${shortText(node)}`);
  const field = ts.isPropertyAccessExpression(node) ? evaluateClassField(node, context) : undefined;
  if (field !== undefined) return field;
  const moduleSymbol = moduleOf(node.expression, context);
  if (moduleSymbol) {
    return byKey(key, node, (name) => moduleExport(moduleSymbol, name, node, context), () => unknownAt(node, 'an export whose name is unknown'));
  }
  const value = context.evaluate(node.expression, context);
  return byKey(key, node, (name) => pickProperty(value, name, node), (unknownKey) => pickAnyProperty(value, unknownKey, node));
}

function byKey(key: Value, node: ts.Node, known: (name: string) => Value, unknown: (key: Value) => Value): Value {
  if (typeof key === 'string' || typeof key === 'number') return known(String(key));
  if (isOneOf(key)) return oneOf(alternativesOf(key).map((option) => byKey(option, node, known, unknown)), () => unknownAt(node, 'too many possible keys'));
  return unknown(key);
}

// `event.Records[0].s3.bucket.name`: the whole path is reported, not just `event`.
function hasUnboundParameterRoot(node: AccessExpression, context: EvaluationContext): boolean {
  let root: ts.Expression = node;
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isNonNullExpression(root) || ts.isParenthesizedExpression(root)) {
    root = root.expression;
  }
  if (!ts.isIdentifier(root)) return false;
  const symbol = context.checker.getSymbolAtLocation(root);
  return !!symbol && isParameterName(symbol) && !isBound(context, symbol);
}

function moduleOf(expression: ts.Expression, context: EvaluationContext): ts.Symbol | undefined {
  const node = skipWrappers(expression);
  if (!ts.isIdentifier(node)) return undefined;
  const symbol = context.checker.getSymbolAtLocation(node);
  if (!symbol || !(symbol.flags & ts.SymbolFlags.Alias)) return undefined;
  const target = resolveAlias(symbol, context.checker);
  const declaration = target.declarations?.[0];
  return declaration && ts.isSourceFile(declaration) ? target : undefined;
}

function moduleExport(moduleSymbol: ts.Symbol, name: string, node: AccessExpression, context: EvaluationContext): Value {
  const exported = context.checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === name);
  const reference = ts.isPropertyAccessExpression(node) ? node.name : node.argumentExpression;
  return exported ? evaluateSymbol(exported, reference, context) : undefinedAt(node, `${name} is not exported by ${shortText(node.expression)}`);
}
