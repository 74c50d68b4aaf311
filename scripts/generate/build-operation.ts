// The generated OperationMap of one client operation. Which source wins (see tricky-mappings.md:
// no single source is safe):
//  1. iam-dataset lists the call as permissionless -> noPermission.
//  2. iam-dataset maps the method and every action it names still exists in the Service Reference
//     -> its actions, conditions and parameter bindings (it is per-method and parameter-aware).
//  3. the Service Reference has AuthorizedActions -> those (choose-service-reference-actions.ts),
//     bound with iam-dataset's parameter mappings when it has the method.
//  4. iam-dataset maps the method but some actions are gone and SR has nothing -> the ones left.
//  5. neither -> the action named like the operation, if it exists ("name"); else no rules at all,
//     with a reason: the runtime must report the call as unknown, not as needing nothing.
// Forward-access KMS rules are appended in every case but 1.
import type { ConditionRule, OperationMap, PermissionRule } from '../../src/maps/format.js';
import { buildPermission, type PermissionInput } from './build-permission.js';
import { chooseServiceReferenceActions } from './choose-service-reference-actions.js';
import { forwardAccessRules, kmsKeyArn, kmsKeyType } from './forward-access-kms.js';
import type { IdsEntry } from './read-iam-dataset.js';
import type { RequiredResourceTypes } from './read-sar-required.js';
import { findAction, type ServiceReference, type SrOperation } from './read-service-reference.js';
import { translateCondition } from './translate-iam-dataset-condition.js';
import { translateArnOverride, translateTemplate, type TemplateTranslation } from './translate-iam-dataset-template.js';

export interface OperationSources {
  prefix: string;
  name: string;
  srOp?: SrOperation;
  idsEntries?: IdsEntry[];
  permissionless: boolean;
  /** The service KMS sees in kms:ViaService, and the KMS actions it calls for this operation. */
  forwardAccess?: { service: string; actions: string[] };
}

export interface BuiltOperation {
  operation: OperationMap;
  types: Map<string, string>;
  /** Actions a source named that the Service Reference does not have. */
  invalid: string[];
  /** SR AuthorizedActions left out on purpose (object lambda, renamed prefixes, API keys). */
  skipped: string[];
  /** Which of the numbered rules above decided the entry, for the generator's summary. */
  rule: 'permissionless' | 'iam-dataset' | 'service-reference' | 'iam-dataset-partial' | 'name' | 'none';
}

export function buildOperation(sr: ServiceReference, required: RequiredResourceTypes, src: OperationSources): BuiltOperation {
  const types = new Map<string, string>();
  const invalid: string[] = [];
  const skipped: string[] = [];
  if (src.permissionless) {
    const operation: OperationMap = { source: 'iam-dataset', noPermission: 'iam-dataset lists this call among the SDK calls that need no IAM permission' };
    return { operation, types, invalid, skipped, rule: 'permissionless' };
  }
  const ids = src.idsEntries ?? [];
  const opBindings = mergedBindings(ids);
  const validIds = ids.filter((e) => splitAction(e.action) && findAction(sr, ...splitAction(e.action)!));
  for (const e of ids) if (!validIds.includes(e)) invalid.push(e.action);
  const srActions = src.srOp?.authorizedActions ?? [];
  const permissions: PermissionRule[] = [];
  const add = (input: PermissionInput): void => {
    const built = built1(sr, required, input, types);
    if (built) permissions.push(built);
    else invalid.push(`${input.prefix}:${input.name}`);
  };
  let source: OperationMap['source'];
  let rule: BuiltOperation['rule'];
  if (ids.length > 0 && (validIds.length === ids.length || srActions.length === 0) && validIds.length > 0) {
    source = srActions.length > 0 ? 'service-reference+iam-dataset' : 'iam-dataset';
    rule = validIds.length === ids.length ? 'iam-dataset' : 'iam-dataset-partial';
    const passRoleContext = srActions.find((a) => a.service === 'iam' && a.name === 'PassRole' && a.context)?.context;
    for (const entry of validIds) add(fromIamDataset(entry, opBindings, passRoleContext));
    // SR knows roles passed by parameters iam-dataset (2022) did not have.
    if (passRoleContext && !validIds.some((e) => e.action === 'iam:PassRole')) add(passRole(passRoleContext, undefined));
  } else if (srActions.length > 0 && src.srOp) {
    source = ids.length > 0 ? 'service-reference+iam-dataset' : 'service-reference';
    rule = 'service-reference';
    const { chosen, dropped } = chooseServiceReferenceActions(src.srOp, src.prefix);
    skipped.push(...dropped.map((d) => `${d.action} (${d.why})`));
    const rolePath = passRolePath(ids);
    for (const c of chosen) {
      if (c.passRole) add(passRole(src.srOp.authorizedActions.find((a) => a.context)?.context ?? {}, rolePath));
      else add({ prefix: c.prefix, name: c.name, bindings: opBindings, ...(c.when ? { when: c.when } : {}), ...(c.why ? { why: c.why } : {}) });
    }
  } else if (findAction(sr, src.prefix, src.name)) {
    source = 'name';
    rule = 'name';
    add({ prefix: src.prefix, name: src.name, bindings: opBindings });
  } else {
    return {
      operation: { source: 'name', reason: 'No source maps this operation and no IAM action is named like it: report the call as unknown.' },
      types,
      invalid,
      skipped,
      rule: 'none',
    };
  }
  if (src.forwardAccess && src.forwardAccess.actions.length > 0) {
    permissions.push(...forwardAccessRules(src.forwardAccess.service, src.forwardAccess.actions));
    types.set(kmsKeyType, kmsKeyArn);
  }
  return { operation: { source, permissions }, types, invalid, skipped, rule };
}

function built1(sr: ServiceReference, required: RequiredResourceTypes, input: PermissionInput, types: Map<string, string>): PermissionRule | undefined {
  const built = buildPermission(sr, required, input);
  if (!built) return undefined;
  for (const [k, v] of built.types) types.set(k, v);
  return built.rule;
}

function splitAction(action: string): [string, string] | undefined {
  const i = action.indexOf(':');
  return i > 0 ? [action.slice(0, i), action.slice(i + 1)] : undefined;
}

function mergedBindings(entries: IdsEntry[]): Map<string, TemplateTranslation> {
  const result = new Map<string, TemplateTranslation>();
  for (const entry of entries) {
    for (const [variable, t] of Object.entries(entry.resource_mappings ?? {})) {
      if (!result.has(variable) || result.get(variable)?.kind === 'unbound') result.set(variable, translateTemplate(t.template));
    }
  }
  return result;
}

function fromIamDataset(entry: IdsEntry, opBindings: Map<string, TemplateTranslation>, passRoleContext?: Record<string, string[]>): PermissionInput {
  const [prefix, name] = splitAction(entry.action)!;
  const bindings = new Map(opBindings);
  for (const [variable, t] of Object.entries(entry.resource_mappings ?? {})) bindings.set(variable, translateTemplate(t.template));
  const arnOverride = entry.arn_override ? translateArnOverride(entry.arn_override.template) : undefined;
  const wholeArnByType = new Map<string, string>();
  for (const [type, template] of Object.entries(entry.resourcearn_mappings ?? {})) {
    const t = translateTemplate(template);
    if (t.kind === 'path') wholeArnByType.set(type, t.path);
  }
  const conditions: ConditionRule[] = [];
  for (const [key, t] of Object.entries(entry.condition_mappings ?? {})) {
    const value = translateTemplate(t.template);
    if (!t.conditions && value.kind === 'path') conditions.push({ key, from: value.path });
  }
  const isPassRole = prefix === 'iam' && name === 'PassRole';
  if (isPassRole && passRoleContext) conditions.push(...contextConditions(passRoleContext));
  const when = entry.conditions
    ? translateCondition(entry.conditions)
    : isPassRole && arnOverride?.kind === 'whole'
      ? { present: arnOverride.path }
      : undefined;
  return {
    prefix,
    name,
    bindings,
    ...(arnOverride ? { arnOverride } : {}),
    ...(wholeArnByType.size > 0 ? { wholeArnByType } : {}),
    ...(when ? { when } : {}),
    conditions,
  };
}

/** The request parameter iam-dataset passes to iam:PassRole as the whole role ARN, if any. */
function passRolePath(entries: IdsEntry[]): string | undefined {
  const entry = entries.find((e) => e.action === 'iam:PassRole' && e.arn_override);
  const t = entry?.arn_override ? translateArnOverride(entry.arn_override.template) : undefined;
  return t?.kind === 'whole' ? t.path : undefined;
}

// iam:PassRole is authorized on the role; iam:PassedToService names the receiving service
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html).
function passRole(context: Record<string, string[]>, rolePath: string | undefined): PermissionInput {
  return {
    prefix: 'iam',
    name: 'PassRole',
    bindings: new Map(),
    ...(rolePath ? { arnOverride: { kind: 'whole' as const, path: rolePath }, when: { present: rolePath } } : {}),
    conditions: contextConditions(context),
    why: 'the call passes a role to the service',
  };
}

function contextConditions(context: Record<string, string[]>): ConditionRule[] {
  return Object.keys(context)
    .sort()
    .map((key) => ({ key, value: context[key] ?? [] }));
}
