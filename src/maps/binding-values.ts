import type { CallContext } from '../model.js';
import { readRulePath, type RuleInput } from './evaluate-predicate.js';
import type { Binding, Path } from './format.js';
import { valueParsers } from './parsers/index.js';
import type { ParsedValue } from './parsers/value-parser.js';
import { valueToPattern } from '../resolve/value-to-pattern.js';

/**
 * The pattern strings at a path: one per value found (fan-out), `*` where the code leaves the value
 * unknown, none when the input has no value there.
 */
export function patternsAt(path: Path, from: RuleInput): string[] {
  return readRulePath(path, from).flatMap((hit) => {
    if (hit.kind === 'absent') return [];
    if (hit.kind === 'maybe') return ['*'];
    return valueToPattern(hit.value);
  });
}

/** Runs a parser over every value at a path; an absent value is parsed as `undefined`. */
export function parseAt(path: Path, parser: keyof typeof valueParsers, from: RuleInput, context: CallContext): ParsedValue[] {
  const patterns = patternsAt(path, from);
  const values: Array<string | undefined> = patterns.length > 0 ? patterns : [undefined];
  return values.flatMap((value) => valueParsers[parser](value, context));
}

/** The values a binding gives (several on fan-out), or undefined when it gives none. */
export function bindingValues(binding: Binding, from: RuleInput, context: CallContext): string[] | undefined {
  const spec = typeof binding === 'string' ? { from: binding } : binding;
  if (spec.value !== undefined) return [spec.value];
  let raw: Array<string | undefined>;
  if (spec.context === 'endpoint') raw = context.endpoint === undefined ? [undefined] : valueToPattern(context.endpoint);
  else if (spec.context) raw = [context[spec.context]];
  else if (spec.from !== undefined) {
    const found = patternsAt(spec.from, from);
    raw = found.length > 0 ? found : [undefined];
  } else raw = [undefined];

  if (spec.parse) {
    const parser = valueParsers[spec.parse];
    const field = spec.field;
    const parsed = raw.flatMap((value) => parser(value ?? spec.default, context));
    const values = parsed.map((reading) => (field ? reading.vars[field] : reading.arn) ?? '*');
    return values.length > 0 ? values : undefined;
  }
  const values = raw.map((value) => value ?? spec.default).filter((value): value is string => value !== undefined);
  return values.length > 0 ? values : undefined;
}
