// iam-dataset's entry conditions ({lhs, op, rhs}) are tests on the request; they become `when`
// predicates. An operator it does not know leaves the rule unguarded (more permission, never less).
import type { Predicate } from '../../src/maps/format.js';
import type { IdsCondition } from './read-iam-dataset.js';

export function translateCondition(condition: IdsCondition): Predicate | undefined {
  const own = translateOne(condition);
  if (!condition.andCondition) return own;
  const other = translateCondition(condition.andCondition);
  if (!own || !other) return undefined;
  return { all: [own, other] };
}

function translateOne({ lhs, op, rhs }: IdsCondition): Predicate | undefined {
  switch (op) {
    case 'Exists':
      return { present: lhs };
    case 'NotExists':
      return { absent: lhs };
    case 'Equals':
      return rhs === undefined ? undefined : { equals: [lhs, rhs] };
    case 'NotEquals':
      return rhs === undefined ? undefined : { not: { equals: [lhs, rhs] } };
    case 'IContains':
      return rhs === undefined ? undefined : { matches: [lhs, escapeRegex(rhs), 'i'] };
    case 'INotContains':
      return rhs === undefined ? undefined : { not: { matches: [lhs, escapeRegex(rhs), 'i'] } };
    default:
      return undefined;
  }
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
