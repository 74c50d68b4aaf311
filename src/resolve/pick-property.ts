import type { ts } from 'ts-morph';
import type { Value } from '../model.js';
import { undefinedAt, unknownAt } from './unknown-at.js';
import { isObjectValue, isOneOf, isTemplate, isUnknown, MAX_ALTERNATIVES, oneOf } from './value-kinds.js';

/** `value[key]`: an unknown stays itself, a missing property is an undefined unknown at `node`. */
export function pickProperty(value: Value, key: string, node: ts.Node): Value {
  if (isUnknown(value)) return value;
  if (isOneOf(value)) return oneOf(value.$oneOf.map((option) => pickProperty(option, key, node)), () => tooMany(node));
  if (isTemplate(value)) return unknownAt(node, `${key} of a partly unknown string`);
  if (typeof value === 'string' || Array.isArray(value)) {
    if (key === 'length') return value.length;
    const element = /^\d+$/.test(key) ? value[Number(key)] : undefined;
    return element ?? undefinedAt(node, `element ${key} is not set`);
  }
  if (isObjectValue(value)) {
    if (key !== '$rest' && Object.hasOwn(value, key)) return value[key] as Value;
    return value['$rest'] ?? undefinedAt(node, `property ${key} is not set`);
  }
  return unknownAt(node, `property ${key} of ${value === null ? 'null' : typeof value}`);
}

/** `value[key]` for a key the code leaves unknown: one of the values the object or array holds. */
export function pickAnyProperty(value: Value, keyUnknown: Value, node: ts.Node): Value {
  if (isOneOf(value)) return oneOf(value.$oneOf.map((option) => pickAnyProperty(option, keyUnknown, node)), () => tooMany(node));
  if (Array.isArray(value) && value.length > 0) return oneOf(value, () => tooMany(node));
  if (isObjectValue(value) && value['$rest'] === undefined && Object.keys(value).length > 0) {
    return oneOf(Object.values(value), () => tooMany(node));
  }
  return isUnknown(value) ? value : keyUnknown;
}

/** What remains of an object or array after destructuring `taken` keys (or the first `taken` elements). */
export function restOf(value: Value, taken: string[] | number, node: ts.Node): Value {
  if (Array.isArray(value) && typeof taken === 'number') return value.slice(taken);
  if (isObjectValue(value) && Array.isArray(taken)) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !taken.includes(key)));
  }
  return isUnknown(value) ? value : unknownAt(node, 'the rest of a destructured value');
}

function tooMany(node: ts.Node) {
  return unknownAt(node, `more than ${MAX_ALTERNATIVES} possible values`);
}
