import type { Unknown, Value } from '../model.js';
import { isOneOf, isTemplate, isUnknown } from './value-kinds.js';

/**
 * A value as IAM wildcard patterns: every unknown part is `*`, a `$oneOf` gives one pattern per
 * alternative (duplicates dropped, first appearance first), and anything that is not a scalar (an
 * object or array where a name was expected) is `*`.
 */
export function valueToPattern(value: Value): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (isOneOf(value)) return [...new Set(value.$oneOf.flatMap(valueToPattern))];
  if (isTemplate(value)) {
    const joined = value.$template.map((part) => (typeof part === 'string' ? part : '*')).join('');
    return [joined.replace(/\*+/g, '*')];
  }
  return ['*'];
}

/** Every unknown inside a value, in source order of the value's structure (for warnings). */
export function unknownsIn(value: Value): Unknown[] {
  const found: Unknown[] = [];
  const pending: Value[] = [value];
  while (pending.length > 0) {
    const next = pending.pop() as Value;
    if (typeof next !== 'object' || next === null) continue;
    if (isUnknown(next)) found.push(next);
    else if (isTemplate(next)) pending.push(...[...next.$template].reverse());
    else if (isOneOf(next)) pending.push(...[...next.$oneOf].reverse());
    else if (Array.isArray(next)) pending.push(...[...next].reverse());
    else pending.push(...Object.values(next).reverse());
  }
  return found;
}
