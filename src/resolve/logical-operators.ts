import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import type { EvaluationContext } from './evaluation-context.js';
import { isUndefinedUnknown, unknownAt } from './unknown-at.js';
import { alternativesOf, isOneOf, isTemplate, isUnknown, oneOf } from './value-kinds.js';

/** Whether a value is truthy, or undefined when the code leaves that open. */
export function truthiness(value: Value): boolean | undefined {
  if (isUnknown(value)) return undefined;
  if (typeof value === 'string') return value !== '';
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (typeof value === 'boolean') return value;
  if (value === null) return false;
  if (isTemplate(value)) return value.$template.some((part) => typeof part === 'string' && part !== '') ? true : undefined;
  if (isOneOf(value)) {
    const each = value.$oneOf.map(truthiness);
    return each.every((truth) => truth === each[0]) ? each[0] : undefined;
  }
  return true;
}

// Per alternative of the left side: true takes the right side, false keeps the left, undefined
// (unknown) gives both.
type TakesRight = (left: Value) => boolean | undefined;

const takesRight: Partial<Record<ts.SyntaxKind, TakesRight>> = {
  // An unset env var is "not given": the in-code fallback applies (issue 3).
  [ts.SyntaxKind.QuestionQuestionToken]: (left) =>
    left === null || isUndefinedUnknown(left) ? true : isUnknown(left) ? undefined : false,
  [ts.SyntaxKind.BarBarToken]: (left) => {
    const truth = isUndefinedUnknown(left) ? false : truthiness(left);
    return truth === undefined ? undefined : !truth;
  },
  [ts.SyntaxKind.AmpersandAmpersandToken]: (left) => truthiness(left),
};

export function isLogicalOperator(kind: ts.SyntaxKind): boolean {
  return kind in takesRight;
}

/** `a ?? b`, `a || b`, `a && b`: the side that applies, or `$oneOf` both when that is open. */
export function evaluateLogical(node: ts.BinaryExpression, context: EvaluationContext): Value {
  const decide = takesRight[node.operatorToken.kind] as TakesRight;
  let right: Value | undefined;
  const rightValue = () => (right ??= context.evaluate(node.right, context));
  const results: Value[] = [];
  for (const left of alternativesOf(context.evaluate(node.left, context))) {
    const decision = decide(left);
    if (decision !== true) results.push(left);
    if (decision !== false) results.push(rightValue());
  }
  return oneOf(results, () => unknownAt(node, 'too many possible values'));
}

/** `c ? a : b`: the branch the condition picks when it is known, else `$oneOf` both. */
export function evaluateConditional(node: ts.ConditionalExpression, context: EvaluationContext): Value {
  const truth = truthiness(context.evaluate(node.condition, context));
  if (truth === true) return context.evaluate(node.whenTrue, context);
  if (truth === false) return context.evaluate(node.whenFalse, context);
  const branches = [context.evaluate(node.whenTrue, context), context.evaluate(node.whenFalse, context)];
  return oneOf(branches, () => unknownAt(node, 'too many possible values'));
}

const comparisons: Partial<Record<ts.SyntaxKind, (left: unknown, right: unknown) => boolean>> = {
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: (left, right) => left === right,
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: (left, right) => left !== right,
  [ts.SyntaxKind.EqualsEqualsToken]: (left, right) => left == right,
  [ts.SyntaxKind.ExclamationEqualsToken]: (left, right) => left != right,
};

export function isComparison(kind: ts.SyntaxKind): boolean {
  return kind in comparisons;
}

/** `a === b` and the like, when both sides are known strings, numbers, booleans or null. */
export function evaluateComparison(node: ts.BinaryExpression, context: EvaluationContext): Value {
  const left = context.evaluate(node.left, context);
  const right = context.evaluate(node.right, context);
  const compare = comparisons[node.operatorToken.kind];
  if (compare && isPrimitive(left) && isPrimitive(right)) return compare(left, right);
  return unknownAt(node, 'a comparison with an unknown value');
}

function isPrimitive(value: Value): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}
