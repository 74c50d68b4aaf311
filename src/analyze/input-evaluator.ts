// The analyzer evaluates call inputs and client settings only through the resolve stage.
export { evaluateExpression, type EvaluationScope } from '../resolve/evaluate-expression.js';
export { undefinedAt } from '../resolve/unknown-at.js';
