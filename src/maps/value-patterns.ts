import type { Value } from '../model.js';
import { isOneOf, isUnknown } from './input-path.js';

/**
 * A value as IAM wildcard patterns: unknown parts become `*`, a one-of gives one pattern per
 * alternative, and anything that is not a string (an object where a name was expected) is `*`.
 */
export function valuePatterns(value: Value): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (value === null || isUnknown(value) || Array.isArray(value)) return ['*'];
  if (isOneOf(value)) return [...new Set(value.$oneOf.flatMap(valuePatterns))];
  if ('$template' in value && Array.isArray(value.$template)) {
    const joined = value.$template.map((part) => (typeof part === 'string' ? part : '*')).join('');
    return [joined.replace(/\*+/g, '*')];
  }
  return ['*'];
}
