import type { Value } from '../model.js';
import type { Path, Predicate } from './format.js';
import { readPath, type PathHit } from './input-path.js';
import { isUnknown } from '../resolve/value-kinds.js';
import { valueToPattern } from '../resolve/value-to-pattern.js';

/** What a rule reads: the call's input, the current `forEach` element, and what the caller knows. */
export interface RuleInput {
  input: Value | undefined;
  element?: Value;
  /** The caller knows the target is encrypted with a customer managed KMS key. */
  kmsEncrypted: boolean;
}

/** Reads a path from the input, or from the current element when it starts with "@.". */
export function readRulePath(path: Path, from: RuleInput): PathHit[] {
  if (path === '@') return from.element === undefined ? [{ kind: 'absent' }] : [{ kind: 'value', value: from.element }];
  if (path.startsWith('@.')) return readPath(from.element, path.slice(2));
  return readPath(from.input, path);
}

/**
 * Whether a rule applies. When a part above the path is unknown (an input built from the event),
 * an optional parameter is taken as not set: `absent` holds, `present`/`equals`/`matches` do not —
 * optional extras such as `VersionId` are not granted on a guess. Inside a `forEach` over an
 * unknown element every test on the element holds instead: leaving out every per-item rule would
 * drop the permission the item surely needs (fail closed).
 */
export function evaluatePredicate(predicate: Predicate, from: RuleInput): boolean {
  if ('all' in predicate) return predicate.all.every((p) => evaluatePredicate(p, from));
  if ('any' in predicate) return predicate.any.some((p) => evaluatePredicate(p, from));
  if ('not' in predicate) return !evaluatePredicate(predicate.not, from);
  if ('context' in predicate) return from.kmsEncrypted;
  if ('present' in predicate) return decide(predicate.present, from, (hit) => hit.kind === 'value');
  if ('absent' in predicate) return decide(predicate.absent, from, (hit) => hit.kind !== 'value');
  if ('equals' in predicate) {
    const [path, expected] = predicate.equals;
    // Compared as text, so that `equals: ['WithDecryption', 'true']` matches the boolean true.
    return decide(path, from, (hit) => hit.kind === 'value' && ['string', 'number', 'boolean'].includes(typeof hit.value) && String(hit.value) === expected);
  }
  const [path, source, flags] = predicate.matches;
  const pattern = new RegExp(source, flags);
  return decide(path, from, (hit) => hit.kind === 'value' && !isUnknown(hit.value) && valueToPattern(hit.value).some((p) => pattern.test(p)));
}

function decide(path: Path, from: RuleInput, test: (hit: PathHit) => boolean): boolean {
  if (path.startsWith('@') && from.element !== undefined && isUnknown(from.element)) return true;
  return readRulePath(path, from).some(test);
}
