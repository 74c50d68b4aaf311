// What a policy document grants, with IAM's wildcard semantics (`*`, `?`; actions case-insensitive).
// Conditions are ignored: the accuracy benchmark asks whether an action may ever be allowed on a
// resource, and the samples' conditions only narrow requests the code makes anyway.

import type { PolicyDocument, Statement } from '../../src/model.js';
import { actionPatternCovers, resourcePatternCovers } from '../../src/policy/arn-pattern-covers.js';
import type { NeededPair } from './sample-files.js';

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function statementMatchesAction(statement: Statement, action: string): boolean {
  if (statement.Action !== undefined) return list(statement.Action).some((p) => actionPatternCovers(p, action));
  if (statement.NotAction !== undefined) return !list(statement.NotAction).some((p) => actionPatternCovers(p, action));
  return false;
}

/** Does the statement name every resource `resource` (a pattern: `*` = what the code could not tell) can be? */
function statementCoversResource(statement: Statement, resource: string): boolean {
  if (statement.Resource !== undefined) return list(statement.Resource).some((p) => resourcePatternCovers(p, resource));
  if (statement.NotResource !== undefined) {
    return !list(statement.NotResource).some((p) => resourcePatternCovers(p, resource) || resourcePatternCovers(resource, p));
  }
  return false;
}

/** Could some request matching the pattern be hit by this Deny? (Conservative: any overlap counts.) */
function denyTouches(statement: Statement, action: string, resource: string): boolean {
  if (!statementMatchesAction(statement, action)) return false;
  if (statement.Resource !== undefined) {
    return list(statement.Resource).some((p) => resourcePatternCovers(p, resource) || resourcePatternCovers(resource, p));
  }
  return statementCoversResource(statement, resource);
}

/** Is `action` allowed on every resource `resource` stands for? */
export function policyAllows(policy: PolicyDocument, pair: NeededPair): boolean {
  const statements = policy.Statement ?? [];
  if (statements.some((s) => s.Effect === 'Deny' && denyTouches(s, pair.action, pair.resource))) return false;
  return statements.some((s) => s.Effect === 'Allow' && statementMatchesAction(s, pair.action) && statementCoversResource(s, pair.resource));
}

/** Is `action` allowed on any resource at all? */
export function policyGrantsAction(policy: PolicyDocument, action: string): boolean {
  return (policy.Statement ?? []).some((s) => s.Effect === 'Allow' && statementMatchesAction(s, action));
}

/** Every (action, resource) an Allow statement names, one pair per Action x Resource. */
export function grantedPairs(policy: PolicyDocument): NeededPair[] {
  const pairs: NeededPair[] = [];
  for (const statement of policy.Statement ?? []) {
    if (statement.Effect !== 'Allow') continue;
    const actions = statement.Action !== undefined ? list(statement.Action) : [`NotAction:${list(statement.NotAction).join(',')}`];
    const resources = statement.Resource !== undefined ? list(statement.Resource) : [`NotResource:${list(statement.NotResource).join(',')}`];
    for (const action of actions) for (const resource of resources) pairs.push({ action, resource });
  }
  return pairs;
}

/**
 * The pairs with redundancy removed (a pair whose resource another pair of the same action covers),
 * as sorted "action resource" lines: two policies that grant the same thing compare equal whatever
 * their Sids, statement order and grouping.
 */
export function canonicalPairs(policy: PolicyDocument): string[] {
  const pairs = grantedPairs(policy).map((p) => ({ action: p.action.toLowerCase(), resource: p.resource }));
  const kept = pairs.filter(
    (p) => !pairs.some((q) => q.action === p.action && q.resource !== p.resource && resourcePatternCovers(q.resource, p.resource)),
  );
  return [...new Set(kept.map((p) => `${p.action} ${p.resource}`))].sort();
}

export const hasWildcard = (resource: string): boolean => /[*?]/.test(resource);

/** Same set of resources: each pattern covers the other. */
export const sameResource = (a: string, b: string): boolean => resourcePatternCovers(a, b) && resourcePatternCovers(b, a);

export { actionPatternCovers, resourcePatternCovers };
