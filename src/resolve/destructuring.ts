import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import type { EvaluationContext } from './evaluation-context.js';
import { pickProperty, restOf } from './pick-property.js';
import { environmentVariable, isProcessEnv } from './process-env.js';
import { isUndefinedUnknown, shortText, unknownAt } from './unknown-at.js';
import { variableProblem } from './variable-problem.js';
import { isUnknown, oneOf } from './value-kinds.js';

/** The value of one name bound by a destructuring declaration: `const { TABLE = 'x' } = process.env`. */
export function destructuredValue(element: ts.BindingElement, context: EvaluationContext): Value {
  const path: ts.BindingElement[] = [];
  let node: ts.Node = element;
  while (ts.isBindingElement(node)) {
    path.unshift(node);
    node = node.parent.parent;
  }
  const [first, ...rest] = path as [ts.BindingElement, ...ts.BindingElement[]];
  if (ts.isParameter(node)) {
    return unknownAt(element, `from a function parameter: ${shortText(element.name)}`);
  }
  if (!ts.isVariableDeclaration(node)) return unknownAt(element, `cannot evaluate ${shortText(node)}`);
  const problem = variableProblem(node, element.name);
  if (problem) return problem;
  const initializer = node.initializer as ts.Expression;
  let value: Value;
  if (isProcessEnv(initializer, context)) {
    const name = propertyKey(first, context);
    value = typeof name === 'string' ? environmentVariable(name, first, context) : unknownAt(first, 'the whole environment');
    value = withDefault(value, first, context);
  } else {
    value = elementValue(context.evaluate(initializer, context), first, context);
  }
  for (const step of rest) value = elementValue(value, step, context);
  return value;
}

/** Binds every name in a parameter's pattern to its part of `value` (for local calls). */
export function bindPattern(name: ts.BindingName, value: Value, context: EvaluationContext, bindings: { set(symbol: ts.Symbol, value: Value): void }): void {
  if (ts.isIdentifier(name)) {
    const symbol = context.checker.getSymbolAtLocation(name);
    if (symbol) bindings.set(symbol, value);
    return;
  }
  for (const element of name.elements) {
    if (ts.isBindingElement(element)) bindPattern(element.name, elementValue(value, element, context), context, bindings);
  }
}

/** The part of `value` that one binding element takes, its default applied. */
function elementValue(value: Value, element: ts.BindingElement, context: EvaluationContext): Value {
  const pattern = element.parent;
  let part: Value;
  if (element.dotDotDotToken) {
    const siblings = (pattern.elements as readonly ts.Node[]).filter(
      (sibling): sibling is ts.BindingElement => sibling !== element && ts.isBindingElement(sibling),
    );
    const taken = ts.isArrayBindingPattern(pattern)
      ? (pattern.elements as readonly ts.Node[]).indexOf(element)
      : siblings.map((sibling) => propertyKey(sibling, context)).filter((key): key is string => typeof key === 'string');
    part = restOf(value, taken, element);
  } else {
    const key = propertyKey(element, context);
    part = typeof key === 'string' ? pickProperty(value, key, element) : key;
  }
  return withDefault(part, element, context);
}

// An unset env var or a missing property takes the default; another unknown may or may not.
function withDefault(value: Value, element: ts.BindingElement, context: EvaluationContext): Value {
  if (!element.initializer) return value;
  if (isUndefinedUnknown(value)) return context.evaluate(element.initializer, context);
  if (!isUnknown(value)) return value;
  const fallback = context.evaluate(element.initializer, context);
  return oneOf([value, fallback], () => value);
}

/** The property (or index) a binding element reads, or an unknown when a computed key is unknown. */
function propertyKey(element: ts.BindingElement, context: EvaluationContext): string | Value {
  const pattern = element.parent;
  if (ts.isArrayBindingPattern(pattern)) return String((pattern.elements as readonly ts.Node[]).indexOf(element));
  const name = element.propertyName ?? element.name;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const key = context.evaluate(name.expression, context);
    if (typeof key === 'string' || typeof key === 'number') return String(key);
    return isUnknown(key) ? key : unknownAt(name, 'a computed key that is not a string');
  }
  return unknownAt(name, 'a destructuring key that cannot be read');
}
