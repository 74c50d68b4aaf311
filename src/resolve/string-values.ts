import type { Unknown, Value } from '../model.js';
import { LIMITS } from './evaluation-context.js';
import { alternativesOf, isOneOf, isTemplate, isUnknown, MAX_ALTERNATIVES, oneOf } from './value-kinds.js';

type Parts = Array<string | Unknown>;

const MAX_PARTS = 200;
export type MakeUnknown = (why: string) => Unknown;

/**
 * The string that joining `values` gives (template literals, `+`, `concat`, `join`). Known parts
 * are merged, unknown parts stay in a `$template`, and a `$oneOf` among the values gives one
 * string per combination (up to MAX_ALTERNATIVES).
 */
export function concatenate(values: Value[], makeUnknown: MakeUnknown): Value {
  let combinations: Parts[] = [[]];
  for (const value of values) {
    const options = alternativesOf(value);
    if (combinations.length * options.length > MAX_ALTERNATIVES) {
      return makeUnknown(`more than ${MAX_ALTERNATIVES} possible strings`);
    }
    const next: Parts[] = [];
    for (const option of options) {
      const parts = stringParts(option, makeUnknown);
      for (const prefix of combinations) next.push(appendParts(prefix, parts));
    }
    combinations = next;
  }
  if (combinations.some((parts) => parts.length > MAX_PARTS)) return makeUnknown(`a string of more than ${MAX_PARTS} parts`);
  const results = combinations.map(partsToValue);
  if (results.some((result) => typeof result === 'string' && result.length > LIMITS.stringLength)) {
    return makeUnknown(`a string longer than ${LIMITS.stringLength} characters`);
  }
  return oneOf(results, () => makeUnknown(`more than ${MAX_ALTERNATIVES} possible strings`));
}

/** `array.join(separator)`: missing and null elements are empty, as in JavaScript. */
export function joinArray(elements: Value[], separator: string, makeUnknown: MakeUnknown): Value {
  const pieces: Value[] = [];
  elements.forEach((element, index) => {
    if (index > 0) pieces.push(separator);
    if (element !== null) pieces.push(element);
  });
  return concatenate(pieces, makeUnknown);
}

/** Applies a per-character string function to the known parts of a string or template. */
export function mapKnownParts(value: Value, map: (text: string) => string): Value | undefined {
  if (typeof value === 'string') return map(value);
  if (!isTemplate(value)) return undefined;
  return { $template: value.$template.map((part) => (typeof part === 'string' ? map(part) : part)) };
}

function stringParts(value: Value, makeUnknown: MakeUnknown): Parts {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return [String(value)];
  if (isUnknown(value)) return [value];
  if (isTemplate(value)) return value.$template;
  if (Array.isArray(value)) {
    const joined = joinArray(value, ',', makeUnknown);
    if (!isOneOf(joined)) return stringParts(joined, makeUnknown);
  }
  return [makeUnknown('an object converted to a string')];
}

function appendParts(prefix: Parts, parts: Parts): Parts {
  const result = prefix.slice();
  for (const part of parts) {
    const last = result[result.length - 1];
    if (typeof part === 'string' && typeof last === 'string') result[result.length - 1] = last + part;
    // The same unknown twice in a row (`s + s`) is one wildcard either way.
    else if (part !== '' && part !== last) result.push(part);
  }
  return result;
}

function partsToValue(parts: Parts): Value {
  if (parts.length === 0) return '';
  if (parts.length === 1) return parts[0] as string | Unknown;
  return { $template: parts };
}
