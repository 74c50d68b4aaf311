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
  state.steps += 1;
  if (state.steps > LIMITS.steps) return truncated(node, 'too large to evaluate', context);
  if (state.depth >= LIMITS.depth) return truncated(node, 'nested too deeply to follow', context);
  state.depth += 1;
  try {
    return evaluateKind(node, context);
  } finally {
    state.depth -= 1;
  }
}

function evaluateKind(node: ts.Expression, context: EvaluationContext): Value {
  if (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isTypeAssertionExpression(node) ||
    ts.isAwaitExpression(node)
  ) {
    return context.evaluate(node.expression, context);
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text.replace(/_/g, ''));
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isIdentifier(node)) return evaluateIdentifier(node, context);
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return evaluateMemberAccess(node, context);
  if (ts.isTemplateExpression(node)) return evaluateTemplate(node, context);
  if (ts.isBinaryExpression(node)) return evaluateBinary(node, context);
  if (ts.isConditionalExpression(node)) return evaluateConditional(node, context);
  if (ts.isPrefixUnaryExpression(node)) return evaluatePrefixUnary(node, context);
  if (ts.isObjectLiteralExpression(node)) return evaluateObjectLiteral(node, context);
  if (ts.isArrayLiteralExpression(node)) return evaluateArrayLiteral(node, context);
  if (ts.isCallExpression(node)) return evaluateCall(node, context);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return unknownAt(node, 'a function');
  return unknownAt(node, `cannot evaluate ${shortText(node)}`);
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
