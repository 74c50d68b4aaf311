import { ts } from 'ts-morph';
import type { Unknown, Value } from '../model.js';
import type { EvaluationContext } from './evaluation-context.js';
import { isUndefinedUnknown, shortText, unknownAt } from './unknown-at.js';
import { isObjectValue, isUnknown } from './value-kinds.js';

/** An object literal; a spread of something unknown (or a key that cannot be told) sets `$rest`. */
export function evaluateObjectLiteral(node: ts.ObjectLiteralExpression, context: EvaluationContext): Value {
  const result: { [key: string]: Value } = {};
  let rest: Unknown | undefined;
  for (const property of node.properties) {
    if (ts.isSpreadAssignment(property)) {
      const spread = context.evaluate(property.expression, context);
      if (isObjectValue(spread)) {
        for (const [key, value] of Object.entries(spread)) {
          if (key !== '$rest') result[key] = value;
          else rest ??= value as Unknown;
        }
      } else if (isUnknown(spread) && !isUndefinedUnknown(spread)) {
        rest ??= spread;
      } else if (spread !== null && !isUndefinedUnknown(spread)) {
        rest ??= unknownAt(property, `a spread of ${shortText(property.expression)}`);
      }
      continue;
    }
    const key = propertyName(property.name, context);
    if (typeof key !== 'string') {
      rest ??= key;
      continue;
    }
    if (ts.isPropertyAssignment(property)) result[key] = context.evaluate(property.initializer, context);
    else if (ts.isShorthandPropertyAssignment(property)) result[key] = context.evaluate(property.name, context);
    else result[key] = unknownAt(property, `${key} is computed by a function`);
  }
  if (rest) result['$rest'] = rest;
  return result;
}

/** An array literal; spreads of known arrays (and strings) are flattened in. */
export function evaluateArrayLiteral(node: ts.ArrayLiteralExpression, context: EvaluationContext): Value {
  const result: Value[] = [];
  for (const element of node.elements) {
    if (ts.isOmittedExpression(element)) {
      result.push(null);
    } else if (ts.isSpreadElement(element)) {
      const spread = context.evaluate(element.expression, context);
      if (Array.isArray(spread)) result.push(...spread);
      else if (typeof spread === 'string') result.push(...spread);
      else result.push(isUnknown(spread) ? spread : unknownAt(element, `a spread of ${shortText(element.expression)}`));
    } else {
      result.push(context.evaluate(element, context));
    }
  }
  return result;
}

/** A property's key, or an unknown when a computed key cannot be told. */
export function propertyName(name: ts.PropertyName, context: EvaluationContext): string | Unknown {
  if (ts.isComputedPropertyName(name)) {
    const key = context.evaluate(name.expression, context);
    if (typeof key === 'string' || typeof key === 'number') return String(key);
    return isUnknown(key) ? key : unknownAt(name, `the computed key ${shortText(name)} is not known`);
  }
  if (ts.isNumericLiteral(name)) return String(Number(name.text));
  return ts.isPrivateIdentifier(name) ? unknownAt(name, 'a private name') : name.text;
}
