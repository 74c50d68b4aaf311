import type { Unknown, Value } from '../model.js';
import { isObjectValue, isOneOf, isUnknown } from '../resolve/value-kinds.js';

/**
 * What a path finds in a call's input: a value (possibly unknown itself), nothing, or "maybe"
 * when something above it is unknown, so the code may or may not set it.
 */
export type PathHit = { kind: 'value'; value: Value } | { kind: 'absent' } | { kind: 'maybe'; unknown: Unknown };

/** Reads a path such as "Delete.Objects[].Key" or "RequestItems{}" (see format.ts), fanning out. */
export function readPath(root: Value | undefined, path: string): PathHit[] {
  let hits: PathHit[] = root === undefined ? [{ kind: 'absent' }] : [{ kind: 'value', value: root }];
  for (const segment of path.split('.')) {
    const match = /^(.*?)(\[\]|\{\})?$/.exec(segment)!;
    const name = match[1]!;
    const fanOut = match[2];
    if (name !== '') hits = hits.flatMap((hit) => step(hit, (value) => property(value, name)));
    if (fanOut === '[]') hits = hits.flatMap((hit) => step(hit, elements));
    if (fanOut === '{}') hits = hits.flatMap((hit) => step(hit, keys));
  }
  return hits.flatMap(expandOneOf);
}

function expandOneOf(hit: PathHit): PathHit[] {
  if (hit.kind !== 'value' || !isOneOf(hit.value)) return [hit];
  return hit.value.$oneOf.flatMap((alternative) => expandOneOf({ kind: 'value', value: alternative }));
}

function step(hit: PathHit, next: (value: Value) => PathHit[]): PathHit[] {
  if (hit.kind !== 'value') return [hit];
  if (isOneOf(hit.value)) return hit.value.$oneOf.flatMap((alternative) => step({ kind: 'value', value: alternative }, next));
  if (isUnknown(hit.value)) return [{ kind: 'maybe', unknown: hit.value }];
  return next(hit.value);
}

function property(value: Value, name: string): PathHit[] {
  if (!isObjectValue(value)) return [{ kind: 'absent' }];
  if (Object.hasOwn(value, name)) {
    const found = value[name]!;
    return found === null ? [{ kind: 'absent' }] : [{ kind: 'value', value: found }];
  }
  const rest = value['$rest'];
  return rest !== undefined && isUnknown(rest) ? [{ kind: 'maybe', unknown: rest }] : [{ kind: 'absent' }];
}

function elements(value: Value): PathHit[] {
  if (!Array.isArray(value)) return [{ kind: 'absent' }];
  return value.map((element) => ({ kind: 'value', value: element }));
}

function keys(value: Value): PathHit[] {
  if (!isObjectValue(value)) return [{ kind: 'absent' }];
  const found: PathHit[] = Object.keys(value)
    .filter((key) => key !== '$rest')
    .map((key) => ({ kind: 'value', value: key }));
  const rest = value['$rest'];
  if (rest !== undefined && isUnknown(rest)) found.push({ kind: 'value', value: rest });
  return found;
}

