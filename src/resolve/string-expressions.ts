import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import type { EvaluationContext } from './evaluation-context.js';
import { concatenate } from './string-values.js';
import { asStringUnknown, isStringUnknown, unknownAt } from './unknown-at.js';
import { isStringLike, isUnknown } from './value-kinds.js';

/** `prefix-${a}-${b}`: always a string; unknown parts become `$template` entries. */
export function evaluateTemplate(node: ts.TemplateExpression, context: EvaluationContext): Value {
  const values: Value[] = [node.head.text];
  for (const span of node.templateSpans) values.push(context.evaluate(span.expression, context), span.literal.text);
  return concatenate(values, (why) => asStringUnknown(unknownAt(node, why)));
}

/**
 * `a + b + c ...`, left to right as JavaScript does (`1 + 2 + 'x'` is `'3x'`). The chain is
 * walked iteratively, so thousands of `+` in generated code do not exhaust the depth limit.
 */
export function evaluatePlusChain(node: ts.BinaryExpression, context: EvaluationContext): Value {
  const operands: ts.Expression[] = [];
  let current: ts.Expression = node;
  while (ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    operands.push(current.right);
    current = current.left;
  }
  operands.push(current);
  operands.reverse();
  const [first, ...rest] = operands as [ts.Expression, ...ts.Expression[]];
  let sum = context.evaluate(first, context);
  for (const operand of rest) sum = add(sum, context.evaluate(operand, context), node);
  return sum;
}

function add(left: Value, right: Value, node: ts.BinaryExpression): Value {
  if (typeof left === 'number' && typeof right === 'number') return left + right;
  if (joinsStrings(left) || joinsStrings(right)) return concatenate([left, right], (why) => asStringUnknown(unknownAt(node, why)));
  if (isScalar(left) && isScalar(right)) return Number(left) + Number(right);
  // An unknown that may be a number: `n + 1` may be a sum, so no part of it is known.
  return unknownAt(node, 'a sum or a string whose parts are unknown');
}

function joinsStrings(value: Value): boolean {
  return isStringLike(value) || isStringUnknown(value) || (typeof value === 'object' && value !== null && !isUnknown(value));
}

function isScalar(value: Value): value is number | boolean | null {
  return value === null || typeof value === 'number' || typeof value === 'boolean';
}
