import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import { bindPattern } from './destructuring.js';
import { LIMITS, NestedBindings, truncated, type EvaluationContext } from './evaluation-context.js';
import { skipWrappers } from './process-env.js';
import { unknownAt } from './unknown-at.js';
import { isUnknown } from './value-kinds.js';

/**
 * `items.map(item => ({ Update: { TableName: T, ... } }))` (and `flatMap`) with an inline callback
 * whose body is one expression. Over a known array each element is mapped; over an unknown one the
 * result is a single representative element, the callback's value for an unknown item: a
 * transaction built from `order.lines.map(...)` then still shows that its items are Updates of T,
 * so the policy needs UpdateItem on T and nothing else. Undefined when the call is not of this form.
 */
export function evaluateArrayMap(node: ts.CallExpression, context: EvaluationContext): Value | undefined {
  const callee = skipWrappers(node.expression);
  if (!ts.isPropertyAccessExpression(callee) || !['map', 'flatMap'].includes(callee.name.text)) return undefined;
  const callback = node.arguments[0] && skipWrappers(node.arguments[0]);
  if (!callback || !(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) return undefined;
  const body = singleExpression(callback);
  const [parameter] = callback.parameters;
  if (!body) return undefined;
  if (context.state.callDepth >= LIMITS.callDepth) return truncated(node, 'calls nested too deeply to follow', context);

  const receiver = context.evaluate(callee.expression, context);
  const items: Value[] = Array.isArray(receiver) ? receiver : [unknownAt(callee.expression, `an element of ${callee.expression.getText()}`)];
  if (!Array.isArray(receiver) && !isUnknown(receiver)) return undefined;
  const mapped = items.map((item) => {
    const bindings = new NestedBindings(context.bindings);
    const inner: EvaluationContext = { ...context, bindings };
    if (parameter) bindPattern(parameter.name, item, inner, bindings);
    context.state.callDepth += 1;
    try {
      return context.evaluate(body, inner);
    } finally {
      context.state.callDepth -= 1;
    }
  });
  return callee.name.text === 'flatMap' ? mapped.flatMap((value) => (Array.isArray(value) ? value : [value])) : mapped;
}

function singleExpression(fn: ts.ArrowFunction | ts.FunctionExpression): ts.Expression | undefined {
  if (!ts.isBlock(fn.body)) return fn.body;
  const [statement] = fn.body.statements;
  return fn.body.statements.length === 1 && statement && ts.isReturnStatement(statement) ? statement.expression : undefined;
}
