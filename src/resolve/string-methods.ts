import type { Value } from '../model.js';
import { concatenate, joinArray, mapKnownParts, type MakeUnknown } from './string-values.js';
import { isOneOf, isTemplate, isUnknown, oneOf } from './value-kinds.js';

/** A method argument: a known value, or a regular expression literal. */
export type MethodArgument = Value | RegExp;

type StringMethod = (text: string, args: MethodArgument[]) => Value | undefined;

const isPattern = (arg: MethodArgument | undefined): arg is string | RegExp => typeof arg === 'string' || arg instanceof RegExp;
const isIndex = (arg: MethodArgument | undefined): arg is number | undefined => arg === undefined || typeof arg === 'number';

const stringMethods: Record<string, StringMethod> = {
  toLowerCase: (text) => text.toLowerCase(),
  toUpperCase: (text) => text.toUpperCase(),
  toString: (text: string) => text,
  trim: (text) => text.trim(),
  trimStart: (text) => text.trimStart(),
  trimEnd: (text) => text.trimEnd(),
  replace: (text, [pattern, replacement]) =>
    isPattern(pattern) && typeof replacement === 'string' ? text.replace(pattern, replacement) : undefined,
  replaceAll: (text, [pattern, replacement]) =>
    isPattern(pattern) && typeof replacement === 'string' ? text.replaceAll(pattern, replacement) : undefined,
  slice: (text, [start, end]) => (isIndex(start) && isIndex(end) ? text.slice(start, end) : undefined),
  substring: (text, [start, end]) => (typeof start === 'number' && isIndex(end) ? text.substring(start, end) : undefined),
  split: (text, [separator, limit]) => (isPattern(separator) && isIndex(limit) ? text.split(separator, limit) : undefined),
  padStart: (text, [length, fill]) =>
    typeof length === 'number' && (fill === undefined || typeof fill === 'string') ? text.padStart(length, fill) : undefined,
  padEnd: (text, [length, fill]) =>
    typeof length === 'number' && (fill === undefined || typeof fill === 'string') ? text.padEnd(length, fill) : undefined,
};

// On a partly unknown string only these are exact: they act on each character (or append), so the
// unknown parts stay unknown and the known parts change as they would in the whole string.
const partwiseMethods: Record<string, (text: string) => string> = {
  toLowerCase: (text) => text.toLowerCase(),
  toUpperCase: (text) => text.toUpperCase(),
  toString: (text: string) => text,
};

export function isKnownMethod(name: string): boolean {
  return name in stringMethods || name === 'concat' || name === 'join';
}

/**
 * `receiver.method(...args)` for the string and array methods above. An unknown receiver stays
 * itself (its reason is the cause); what cannot be applied exactly is an unknown.
 */
export function applyMethod(receiver: Value, method: string, args: MethodArgument[], makeUnknown: MakeUnknown): Value {
  if (isUnknown(receiver)) return receiver;
  if (isOneOf(receiver)) {
    const results = receiver.$oneOf.map((option) => applyMethod(option, method, args, makeUnknown));
    return oneOf(results, () => makeUnknown('too many possible values'));
  }
  if (args.some((arg) => isUnknown(arg as Value))) return makeUnknown(`.${method}() with an unknown argument`);
  if (method === 'concat' && !Array.isArray(receiver)) {
    if (args.some((arg) => arg instanceof RegExp)) return makeUnknown('.concat() of a regular expression');
    return concatenate([receiver, ...(args as Value[])], makeUnknown);
  }
  if (method === 'join' && Array.isArray(receiver)) {
    const [separator] = args;
    if (separator !== undefined && typeof separator !== 'string') return makeUnknown('.join() with a separator that is not a string');
    return joinArray(receiver, separator ?? ',', makeUnknown);
  }
  if (typeof receiver === 'string') {
    const result = applyStringMethod(receiver, method, args);
    return result ?? makeUnknown(`.${method}() with arguments that cannot be evaluated`);
  }
  if (isTemplate(receiver) && method in partwiseMethods) {
    return mapKnownParts(receiver, partwiseMethods[method] as (text: string) => string) as Value;
  }
  if (typeof receiver === 'number' && method === 'toString' && args.length === 0) return String(receiver);
  return makeUnknown(isTemplate(receiver) ? `.${method}() of a partly unknown string` : `.${method}() of a value that is not a string`);
}

// `replaceAll` with a non-global regular expression throws, as it would when the code runs.
function applyStringMethod(text: string, method: string, args: MethodArgument[]): Value | undefined {
  try {
    return stringMethods[method]?.(text, args);
  } catch {
    return undefined;
  }
}
