import { isUnknown, unknownValue, type TfValue } from './terraform-values.js';

/**
 * `==`, `!=`, `&&`, `||`, `!`, unary `-` and arithmetic on known values; anything with an unknown
 * operand, or operators mixed without parentheses (the parser keeps no precedence), is unknown.
 */
export function evaluateOperation(operator: string, operands: TfValue[]): TfValue {
  if (operands.some(isUnknown)) return unknownValue;
  const [first, second] = operands;
  if (operator === '!') return typeof first === 'boolean' ? !first : unknownValue;
  if (operator === '-' && operands.length === 1) return typeof first === 'number' ? -first : unknownValue;
  if (operands.length !== 2) return sameOperatorFold(operator, operands);
  switch (operator) {
    case '==':
      return JSON.stringify(first) === JSON.stringify(second);
    case '!=':
      return JSON.stringify(first) !== JSON.stringify(second);
    default:
      return sameOperatorFold(operator, operands);
  }
}

function sameOperatorFold(operator: string, operands: TfValue[]): TfValue {
  if (operator === '&&' || operator === '||') {
    if (!operands.every((operand) => typeof operand === 'boolean')) return unknownValue;
    return operator === '&&' ? operands.every(Boolean) : operands.some(Boolean);
  }
  if (!operands.every((operand) => typeof operand === 'number')) return unknownValue;
  const numbers = operands as number[];
  switch (operator) {
    case '+':
      return numbers.reduce((a, b) => a + b);
    case '*':
      return numbers.reduce((a, b) => a * b);
    case '-':
      return numbers.reduce((a, b) => a - b);
    default:
      return unknownValue;
  }
}
