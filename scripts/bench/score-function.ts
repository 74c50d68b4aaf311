// Scores one function's policy against its expectation, as scripts/bench-accuracy.ts reports it.
//
// - recall: needed pairs the policy allows / needed pairs.
// - forbidden granted: actions listed as "must not be granted" that the policy allows on any resource.
// - over-broad: granted (action, resource) pairs whose resource is a wildcard wider than the code
//   revealed — the pair covers a needed pair whose resource is strictly narrower, and no needed pair
//   of that action justifies the wider resource — over all granted pairs.

import type { PolicyDocument } from '../../src/model.js';
import {
  actionPatternCovers,
  grantedPairs,
  hasWildcard,
  policyAllows,
  policyGrantsAction,
  resourcePatternCovers,
  sameResource,
} from './policy-grants.js';
import type { FunctionExpectation, NeededPair } from './sample-files.js';

export interface FunctionScore {
  needed: number;
  allowed: number;
  missing: NeededPair[];
  forbiddenGranted: string[];
  granted: number;
  overBroad: NeededPair[];
}

function isOverBroad(grant: NeededPair, needed: NeededPair[]): boolean {
  if (!hasWildcard(grant.resource)) return false;
  const sameAction = needed.filter((n) => actionPatternCovers(grant.action, n.action));
  if (sameAction.some((n) => sameResource(grant.resource, n.resource))) return false;
  return sameAction.some((n) => resourcePatternCovers(grant.resource, n.resource));
}

export function scoreFunction(expectation: FunctionExpectation, policy: PolicyDocument): FunctionScore {
  const missing = expectation.needed.filter((pair) => !policyAllows(policy, pair));
  const grants = grantedPairs(policy);
  return {
    needed: expectation.needed.length,
    allowed: expectation.needed.length - missing.length,
    missing,
    forbiddenGranted: expectation.forbidden.filter((action) => policyGrantsAction(policy, action)),
    granted: grants.length,
    overBroad: grants.filter((grant) => isOverBroad(grant, expectation.needed)),
  };
}
