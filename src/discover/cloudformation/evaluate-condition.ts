import type { Finding } from '../../model.js';
import { evaluate } from './evaluate-intrinsic.js';
import type { TemplateScope } from './evaluate-intrinsic.js';
import { isRecord } from './parse-template.js';

/**
 * Decides a condition (a name from `Conditions`, or an inline `Fn::Equals`/`Not`/`And`/`Or`/`Condition`).
 * `undefined` when it depends on something iamgen does not know (a wildcard in a compared value).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-conditions.html
 */
export function evaluateCondition(scope: TemplateScope, condition: unknown, path: string, findings: Finding[], visiting: string[]): boolean | undefined {
  if (typeof condition === 'string') {
    const conditions = isRecord(scope.template.body.Conditions) ? scope.template.body.Conditions : {};
    if (!(condition in conditions) || visiting.includes(`Conditions.${condition}`)) return undefined;
    return evaluateCondition(scope, conditions[condition], `Conditions.${condition}`, findings, [...visiting, `Conditions.${condition}`]);
  }
  if (typeof condition === 'boolean') return condition;
  if (!isRecord(condition)) return undefined;
  const [name] = Object.keys(condition);
  const argument = name === undefined ? undefined : condition[name];
  const operands = Array.isArray(argument) ? argument : [];
  const at = `${path}.${name}`;
  switch (name) {
    case 'Condition':
      return evaluateCondition(scope, argument, at, findings, visiting);
    case 'Fn::Equals': {
      const [left, right] = operands.map((operand, index) => evaluate(scope, operand, `${at}.${index}`, findings, visiting));
      if (typeof left === 'object' || typeof right === 'object' || typeof left === 'symbol' || typeof right === 'symbol') return undefined;
      const [leftText, rightText] = [String(left), String(right)];
      return leftText.includes('*') || rightText.includes('*') ? undefined : leftText === rightText;
    }
    case 'Fn::Not': {
      const inner = evaluateCondition(scope, operands[0], `${at}.0`, findings, visiting);
      return inner === undefined ? undefined : !inner;
    }
    case 'Fn::And':
    case 'Fn::Or': {
      // Stops at the first operand that decides, so an unknown one after it is not reported.
      const decisive = name === 'Fn::Or';
      let undecided = false;
      for (const [index, operand] of operands.entries()) {
        const result = evaluateCondition(scope, operand, `${at}.${index}`, findings, visiting);
        if (result === decisive) return decisive;
        if (result === undefined) undecided = true;
      }
      return undecided ? undefined : !decisive;
    }
    default:
      return undefined;
  }
}
