import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import { evaluateCall } from './call-expressions.js';
import { evaluateIdentifier } from './evaluate-symbol.js';
import { LIMITS, truncated, type EvaluationContext } from './evaluation-context.js';
import { evaluateArrayLiteral, evaluateObjectLiteral } from './literals.js';
import { evaluateComparison, evaluateConditional, evaluateLogical, isComparison, isLogicalOperator, truthiness } from './logical-operators.js';
import { evaluateMemberAccess } from './member-access.js';
import { evaluatePlusChain, evaluateTemplate } from './string-expressions.js';
import { shortText, unknownAt } from './unknown-at.js';

/** Evaluates one expression node; the step and depth limits make every input terminate. */
export function evaluateNode(node: ts.Expression, context: EvaluationContext): Value {
  const { state } = context;
  // Functions sharing a library evaluate its constants again and again (`TABLES.orders`).
  const memoized = state.memo.get(node);
  if (memoized !== undefined) return memoized;
  state.steps += 1;
  if (state.steps > LIMITS.steps) return truncated(node, 'too large to evaluate', context);
  if (state.depth >= LIMITS.depth) return truncated(node, 'nested too deeply to follow', context);
  const readsBefore = state.bindingReads;
  const truncationsBefore = state.truncations;
  state.depth += 1;
  let value: Value;
  try {
    value = evaluateKind(node, context);
  } finally {
    state.depth -= 1;
  }
  // A value that read no parameter and hit no limit is the same wherever the expression is evaluated.
  if (state.bindingReads === readsBefore && state.truncations === truncationsBefore) state.memo.set(node, value);
  return value;
}

function evaluateKind(node: ts.Expression, context: EvaluationContext): Value {
  // One switch on `kind`: this runs for every node of every input.
  switch (node.kind) {
    case ts.SyntaxKind.ParenthesizedExpression:
    case ts.SyntaxKind.AsExpression:
    case ts.SyntaxKind.SatisfiesExpression:
    case ts.SyntaxKind.NonNullExpression:
    case ts.SyntaxKind.TypeAssertionExpression:
    case ts.SyntaxKind.AwaitExpression:
      return context.evaluate((node as ts.ParenthesizedExpression).expression, context);
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return (node as ts.StringLiteral).text;
    case ts.SyntaxKind.NumericLiteral:
      return Number((node as ts.NumericLiteral).text.replace(/_/g, ''));
    case ts.SyntaxKind.TrueKeyword:
      return true;
    case ts.SyntaxKind.FalseKeyword:
      return false;
    case ts.SyntaxKind.NullKeyword:
      return null;
    case ts.SyntaxKind.Identifier:
      return evaluateIdentifier(node as ts.Identifier, context);
    case ts.SyntaxKind.PropertyAccessExpression:
    case ts.SyntaxKind.ElementAccessExpression:
      return evaluateMemberAccess(node as ts.PropertyAccessExpression | ts.ElementAccessExpression, context);
    case ts.SyntaxKind.TemplateExpression:
      return evaluateTemplate(node as ts.TemplateExpression, context);
    case ts.SyntaxKind.BinaryExpression:
      return evaluateBinary(node as ts.BinaryExpression, context);
    case ts.SyntaxKind.ConditionalExpression:
      return evaluateConditional(node as ts.ConditionalExpression, context);
    case ts.SyntaxKind.PrefixUnaryExpression:
      return evaluatePrefixUnary(node as ts.PrefixUnaryExpression, context);
    case ts.SyntaxKind.ObjectLiteralExpression:
      return evaluateObjectLiteral(node as ts.ObjectLiteralExpression, context);
    case ts.SyntaxKind.ArrayLiteralExpression:
      return evaluateArrayLiteral(node as ts.ArrayLiteralExpression, context);
    case ts.SyntaxKind.CallExpression:
      return evaluateCall(node as ts.CallExpression, context);
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.FunctionExpression:
      return unknownAt(node, 'a function');
    default:
      return unknownAt(node, `cannot evaluate ${shortText(node)}`);
  }
}

function evaluateBinary(node: ts.BinaryExpression, context: EvaluationContext): Value {
  const operator = node.operatorToken.kind;
  if (operator === ts.SyntaxKind.PlusToken) return evaluatePlusChain(node, context);
  if (isLogicalOperator(operator)) return evaluateLogical(node, context);
  if (isComparison(operator)) return evaluateComparison(node, context);
  return unknownAt(node, `cannot evaluate ${shortText(node)}`);
}

function evaluatePrefixUnary(node: ts.PrefixUnaryExpression, context: EvaluationContext): Value {
  const operand = context.evaluate(node.operand, context);
  if (node.operator === ts.SyntaxKind.ExclamationToken) {
    const truth = truthiness(operand);
    return truth === undefined ? unknownAt(node, 'the negation of an unknown value') : !truth;
  }
  if (node.operator === ts.SyntaxKind.MinusToken && typeof operand === 'number') return -operand;
  if (node.operator === ts.SyntaxKind.PlusToken && typeof operand === 'number') return operand;
  return unknownAt(node, `cannot evaluate ${shortText(node)}`);
}
