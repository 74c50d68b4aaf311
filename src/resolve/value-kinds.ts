import type { OneOfValue, TemplateValue, Unknown, Value } from '../model.js';

/** The most alternatives a `$oneOf` may hold before it is given up as unknown. */
export const MAX_ALTERNATIVES = 32;

export function isUnknown(value: Value): value is Unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && '$unknown' in value;
}

export function isTemplate(value: Value): value is TemplateValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && '$template' in value;
}

export function isOneOf(value: Value): value is OneOfValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && '$oneOf' in value;
}

/** A plain object value: not an array and not one of the `$` forms (an object with `$rest` is plain). */
export function isObjectValue(value: Value): value is { [key: string]: Value } {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value) && !isTemplate(value) && !isOneOf(value)
  );
}

/** The alternatives a value stands for: a `$oneOf`'s (flattened), otherwise the value itself. */
export function alternativesOf(value: Value): Value[] {
  return isOneOf(value) ? value.$oneOf.flatMap(alternativesOf) : [value];
}

/**
 * One of several values: nested one-ofs flattened, equal alternatives merged, a single alternative
 * returned as itself. `tooMany` is used when there are more alternatives than a policy should list.
 */
export function oneOf(values: Value[], tooMany: () => Unknown): Value {
  // One value (a function with one return) needs no key: it may be a large input.
  if (values.length === 1 && !isOneOf(values[0]!)) return values[0]!;
  const seen = new Map<string, Value>();
  for (const value of values.flatMap(alternativesOf)) {
    const key = JSON.stringify(value);
    if (!seen.has(key)) seen.set(key, value);
  }
  if (seen.size > MAX_ALTERNATIVES) return tooMany();
  const unique = [...seen.values()];
  return unique.length === 1 ? (unique[0] as Value) : { $oneOf: unique };
}

/** Whether the value is certainly a string at run time (a string, a template, or one of those). */
export function isStringLike(value: Value): boolean {
  if (typeof value === 'string' || isTemplate(value)) return true;
  return isOneOf(value) && value.$oneOf.every(isStringLike);
}
