import type { Condition, Finding, Permission, PolicyDocument, Statement } from '../model.js';
import { resourcePatternCovers } from './arn-pattern-covers.js';
import { canonicalCondition, conditionKey } from './canonical-condition.js';
import { groupStatements } from './group-statements.js';
import { compareText } from './sort-order.js';
import { sidBase, sidSuffix } from './statement-sid.js';
import { validatePolicy } from './validate-policy.js';

/** Permissions of one service under one condition: action -> resources. */
interface PermissionGroup {
  service: string;
  conditionKey: string;
  condition?: Condition;
  resourcesByAction: Map<string, Set<string>>;
}

/**
 * The smallest exact policy for `permissions`: the same input in any order gives the same bytes.
 * Statements are per service and condition, Action and Resource are always arrays (stable diffs),
 * Sids follow statement-sid.ts, and statements are sorted by Sid. A resource covered by a wildcard
 * resource of the same action (under the same or no condition) is dropped.
 */
export function buildPolicy(permissions: Permission[]): { policy: PolicyDocument; findings: Finding[] } {
  if (permissions.length === 0) {
    const finding: Finding = {
      severity: 'note',
      code: 'no-aws-calls',
      message: 'No AWS call was found, so the policy grants nothing.',
    };
    return { policy: { Version: '2012-10-17', Statement: [] }, findings: [finding] };
  }
  const groups = groupPermissions(dropCovered(permissions));
  const statements: Statement[] = [];
  for (const [service, serviceGroups] of groupsByService(groups)) {
    const grants = serviceGroups.flatMap((group) =>
      groupStatements(group.resourcesByAction).map((grant) => ({ grant, condition: group.condition })),
    );
    grants.forEach(({ grant, condition }, index) => {
      const statement: Statement = {
        Sid: sidBase(service) + sidSuffix(index),
        Effect: 'Allow',
        Action: grant.actions,
        Resource: grant.resources,
      };
      if (condition !== undefined) statement.Condition = condition;
      statements.push(statement);
    });
  }
  statements.sort((a, b) => compareText(a.Sid ?? '', b.Sid ?? ''));
  const policy: PolicyDocument = { Version: '2012-10-17', Statement: statements };
  return { policy, findings: validatePolicy(policy) };
}

/**
 * Writes every action in one spelling (the first in code-unit order of those used: IAM ignores the
 * case of actions, and the choice must not depend on input order), then removes duplicates and
 * every permission another one already grants: same action, a resource pattern that covers it, and
 * no condition or the same condition (an unconditional grant is broader than a conditional one).
 */
function dropCovered(permissions: Permission[]): Permission[] {
  const spelling = new Map<string, string>();
  for (const { action } of permissions) {
    const known = spelling.get(action.toLowerCase());
    if (known === undefined || compareText(action, known) < 0) spelling.set(action.toLowerCase(), action);
  }
  const unique = new Map<string, Permission>();
  for (const permission of permissions) {
    const action = spelling.get(permission.action.toLowerCase())!;
    const key = JSON.stringify([action, permission.resource, conditionKey(permission.condition)]);
    if (!unique.has(key)) unique.set(key, { ...permission, action });
  }
  const candidates = [...unique.values()].map((permission) => ({ permission, condition: conditionKey(permission.condition) }));
  // Only a pattern can cover another resource; checking just those keeps this linear in practice.
  const patterns = candidates.filter(({ permission }) => /[*?]/.test(permission.resource));
  return candidates
    .filter(
      (inner) =>
        !patterns.some((outer) => {
          if (outer.permission.action !== inner.permission.action || outer.permission.resource === inner.permission.resource) return false;
          if (outer.condition !== '' && outer.condition !== inner.condition) return false;
          if (!resourcePatternCovers(outer.permission.resource, inner.permission.resource)) return false;
          // Patterns that cover each other (`a*` and `a**`): keep exactly one, the first in order.
          return (
            !resourcePatternCovers(inner.permission.resource, outer.permission.resource) ||
            compareText(outer.permission.resource, inner.permission.resource) < 0
          );
        }),
    )
    .map(({ permission }) => permission);
}

function groupPermissions(permissions: Permission[]): PermissionGroup[] {
  const groups = new Map<string, PermissionGroup>();
  for (const permission of permissions) {
    const service = servicePrefix(permission.action);
    const key = conditionKey(permission.condition);
    const groupKey = JSON.stringify([service, key]);
    let group = groups.get(groupKey);
    if (group === undefined) {
      group = { service, conditionKey: key, resourcesByAction: new Map() };
      if (key !== '') group.condition = canonicalCondition(permission.condition!);
      groups.set(groupKey, group);
    }
    const resources = group.resourcesByAction.get(permission.action) ?? new Set<string>();
    resources.add(permission.resource);
    group.resourcesByAction.set(permission.action, resources);
  }
  return [...groups.values()];
}

/** Groups by service prefix, in prefix order; within a service the unconditional group comes first. */
function groupsByService(groups: PermissionGroup[]): Array<[string, PermissionGroup[]]> {
  const byService = new Map<string, PermissionGroup[]>();
  for (const group of groups) byService.set(group.service, [...(byService.get(group.service) ?? []), group]);
  return [...byService.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([service, list]) => [service, list.sort((a, b) => compareText(a.conditionKey, b.conditionKey))]);
}

/** `s3:GetObject` -> `s3`; an action without a prefix groups under its own lower-cased text. */
function servicePrefix(action: string): string {
  const colon = action.indexOf(':');
  return (colon === -1 ? action : action.slice(0, colon)).toLowerCase();
}
