import type { CallContext, Finding, Permission, Value } from '../model.js';
import { evaluatePredicate, readRulePath, type RuleInput } from './evaluate-predicate.js';
import type { OperationMap, PermissionRule, ServiceMap } from './format.js';
import { loadServiceMap } from './load-maps.js';
import { resolveConditions, toConditionBlock } from './resolve-conditions.js';
import { resolveResources } from './resolve-resources.js';
import { canonicalOperationName, closestClientNames, closestOperationNames, clientIdFor } from './service-names.js';

export interface CallQuery {
  /** A client id or any alias of one (`s3`, `@aws-sdk/client-s3`, `S3`). */
  service: string;
  /** `HeadObject`, `HeadObjectCommand` or `headObject`. */
  operation: string;
  input?: Value;
  context: CallContext;
  /** The caller knows the call's target is encrypted with a customer managed KMS key. */
  kmsEncrypted?: boolean;
}

export interface CallPermissions {
  permissions: Permission[];
  findings: Finding[];
}

/** Every permission one SDK call needs, from the action maps. */
export function permissionsForCall(query: CallQuery): CallPermissions {
  const clientId = clientIdFor(query.service);
  const map = clientId === undefined ? undefined : loadServiceMap(clientId);
  if (!map) {
    const near = closestClientNames(query.service);
    return failure('unknown-service', `unknown service "${query.service}"${didYouMean(near)}`);
  }
  const operation = canonicalOperationName(map.client, query.operation);
  const entry = operation === undefined ? undefined : map.operations[operation];
  if (operation === undefined || !entry) {
    const near = closestOperationNames(map.client, query.operation);
    return failure('unknown-operation', `${map.client} has no operation "${query.operation}"${didYouMean(near)}`);
  }
  return permissionsForOperation(map, operation, entry, {
    input: query.input,
    kmsEncrypted: query.kmsEncrypted ?? false,
  }, query.context, 0);
}

function permissionsForOperation(map: ServiceMap, operation: string, entry: OperationMap, from: RuleInput, context: CallContext, depth: number): CallPermissions {
  if (entry.noPermission !== undefined) {
    return { permissions: [], findings: [{ severity: 'note', code: 'no-permission-needed', message: `${map.client} ${operation} needs no IAM permission: ${entry.noPermission}` }] };
  }
  if (entry.sameAs !== undefined && depth < 4) return permissionsOfOther(entry, from, context, depth);
  const rewrite = map.rewrites?.find((r) => (!r.operations || r.operations.includes(operation)) && evaluatePredicate(r.when, from));
  const rules = rewrite?.permissions ?? entry.permissions ?? [];
  if (rules.length === 0) return failure('no-mapping', `no permissions are known for ${map.client} ${operation}`);
  const permissions = rules.flatMap((rule) => permissionsOfRule(rule, map, from, context));
  return { permissions: dedupe(permissions), findings: [] };
}

function permissionsOfOther(entry: OperationMap, from: RuleInput, context: CallContext, depth: number): CallPermissions {
  const [clientId = '', operation = ''] = entry.sameAs!.split(':');
  const map = loadServiceMap(clientId);
  const other = map?.operations[operation];
  if (!map || !other) return failure('no-mapping', `broken action map: ${entry.sameAs} does not exist`);
  const hit = entry.inputPath === undefined ? undefined : readRulePath(entry.inputPath, from)[0];
  const input = entry.inputPath === undefined ? from.input : hit?.kind === 'value' ? hit.value : hit?.kind === 'maybe' ? hit.unknown : undefined;
  return permissionsForOperation(map, operation, other, { ...from, input }, context, depth + 1);
}

function permissionsOfRule(rule: PermissionRule, map: ServiceMap, from: RuleInput, context: CallContext): Permission[] {
  const elements = rule.forEach === undefined ? [from] : forEachInputs(rule.forEach, from);
  return elements.flatMap((each) => {
    if (rule.when && !evaluatePredicate(rule.when, each)) return [];
    const ruleConditions = resolveConditions(rule.conditions, each, context);
    const resources = (rule.resources ?? []).flatMap((resource) => resolveResources(resource, map.resourceTypes, each, context));
    const targets = (rule.resources ?? []).length === 0 ? [{ arn: '*', conditions: [] }] : resources;
    return targets.map((target) => {
      const permission: Permission = { action: rule.action, resource: target.arn };
      const condition = toConditionBlock([...ruleConditions, ...target.conditions]);
      if (condition) permission.condition = condition;
      if (rule.why) permission.why = rule.why;
      return permission;
    });
  });
}

function forEachInputs(path: string, from: RuleInput): RuleInput[] {
  return readRulePath(path, from).flatMap((hit) => {
    if (hit.kind === 'absent') return [];
    return [{ ...from, element: hit.kind === 'value' ? hit.value : hit.unknown }];
  });
}

function dedupe(permissions: Permission[]): Permission[] {
  const seen = new Map<string, Permission>();
  for (const permission of permissions) {
    const key = JSON.stringify([permission.action, permission.resource, permission.condition ?? null]);
    if (!seen.has(key)) seen.set(key, permission);
  }
  return [...seen.values()];
}

function failure(code: string, message: string): CallPermissions {
  return { permissions: [], findings: [{ severity: 'error', code, message }] };
}

function didYouMean(names: string[]): string {
  return names.length > 0 ? `; did you mean ${names.map((n) => `"${n}"`).join(', ')}?` : '';
}
