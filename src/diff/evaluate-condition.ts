import type { Condition } from '../model.js';
import { globMatches } from './pattern-overlap.js';

// Does a request that a needed permission describes satisfy a statement's Condition block?
//
// IAM semantics, per https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
// and reference_policies_condition-logic-multiple-context-keys-or-values.html: every operator and
// every key in the block must hold (AND); several values of one key are alternatives (OR), and a
// negated operator (`StringNotEquals`) holds when none of them matches. Condition keys are
// case-insensitive.
//
// What iamgen knows about the request is only what the needed permission's own condition pins with
// an equality (`StringEquals kms:ViaService=s3.us-east-1.amazonaws.com`). Any other key (the source
// IP, a principal tag, ...) may or may not be in the real request, so a test on it is undecided.

export interface ConditionOutcome {
  /** False when a test that can be decided fails; then the statement does not apply, whatever the rest. */
  satisfied: boolean;
  /** `Operator key` of every test that cannot be decided offline. */
  undecided: string[];
}

const PINNING_OPERATORS = new Set(['stringequals', 'arnequals', 'bool']);

type Test = (expected: string, actual: string) => boolean;

const TESTS: Record<string, { test: Test; negated: boolean }> = {
  stringequals: { test: (e, a) => e === a, negated: false },
  stringnotequals: { test: (e, a) => e === a, negated: true },
  stringequalsignorecase: { test: (e, a) => e.toLowerCase() === a.toLowerCase(), negated: false },
  stringnotequalsignorecase: { test: (e, a) => e.toLowerCase() === a.toLowerCase(), negated: true },
  stringlike: { test: (e, a) => globMatches(e, a), negated: false },
  stringnotlike: { test: (e, a) => globMatches(e, a), negated: true },
  // ArnEquals takes wildcards as ArnLike does (condition_operators.html, "Amazon Resource Name (ARN) condition operators").
  arnequals: { test: (e, a) => globMatches(e, a), negated: false },
  arnlike: { test: (e, a) => globMatches(e, a), negated: false },
  arnnotequals: { test: (e, a) => globMatches(e, a), negated: true },
  arnnotlike: { test: (e, a) => globMatches(e, a), negated: true },
  bool: { test: (e, a) => e.toLowerCase() === a.toLowerCase(), negated: false },
};

/** The values each condition key can have in the request, from the needed permission's condition. */
export function requestContext(needed: Condition | undefined): Map<string, string[]> {
  const context = new Map<string, string[]>();
  for (const [operator, block] of Object.entries(needed ?? {})) {
    if (!PINNING_OPERATORS.has(operator.toLowerCase())) continue;
    for (const [key, value] of Object.entries(block)) context.set(key.toLowerCase(), asList(value));
  }
  return context;
}

export function evaluateCondition(condition: Condition | undefined, context: Map<string, string[]>): ConditionOutcome {
  const undecided: string[] = [];
  let satisfied = true;
  for (const [operator, block] of Object.entries(condition ?? {})) {
    for (const [key, value] of Object.entries(block)) {
      const actual = context.get(key.toLowerCase());
      const result = actual === undefined ? undefined : evaluateTest(operator, asList(value), actual);
      if (result === undefined) undecided.push(`${operator} ${key}`);
      else if (!result) satisfied = false;
    }
  }
  return { satisfied, undecided };
}

/** One operator on one key; undefined when iamgen cannot decide it (set operators, numbers, dates, IPs). */
function evaluateTest(operator: string, expected: string[], actual: string[]): boolean | undefined {
  // The key is in the request, so `...IfExists` behaves as the plain operator.
  const base = operator.toLowerCase().replace(/ifexists$/, '');
  if (base === 'null') return expected.some((value) => value.toLowerCase() === 'false');
  const known = TESTS[base];
  if (known === undefined) return undefined;
  // The request carries one of `actual`; the statement must hold for each of them.
  return actual.every((value) => expected.some((pattern) => known.test(pattern, value)) !== known.negated);
}

function asList(value: string | string[]): string[] {
  return (Array.isArray(value) ? value : [value]).map(String);
}
