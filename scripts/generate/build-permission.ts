// One PermissionRule: an action (checked against the Service Reference) with its resource rules.
import type { ConditionRule, PermissionRule, Predicate } from '../../src/maps/format.js';
import { buildResourceRules } from './build-resource-rules.js';
import type { RequiredResourceTypes } from './read-sar-required.js';
import { findAction, type ServiceReference } from './read-service-reference.js';
import type { ArnOverride, TemplateTranslation } from './translate-iam-dataset-template.js';

export interface PermissionInput {
  prefix: string;
  name: string;
  bindings: Map<string, TemplateTranslation>;
  arnOverride?: ArnOverride;
  wholeArnByType?: Map<string, string>;
  when?: Predicate;
  conditions?: ConditionRule[];
  why?: string;
}

export interface BuiltPermission {
  rule: PermissionRule;
  types: Map<string, string>;
}

/** undefined when the action does not exist in the Service Reference (the caller counts it). */
export function buildPermission(sr: ServiceReference, required: RequiredResourceTypes, input: PermissionInput): BuiltPermission | undefined {
  const exact = findAction(sr, input.prefix, input.name);
  const service = sr.services.get(input.prefix);
  if (!exact || !service) return undefined;
  const { rules, types } = buildResourceRules({
    service,
    actionName: exact,
    required: required.get(input.prefix)?.get(exact.toLowerCase()) ?? new Set(),
    bindings: input.bindings,
    ...(input.arnOverride ? { arnOverride: input.arnOverride } : {}),
    ...(input.wholeArnByType ? { wholeArnByType: input.wholeArnByType } : {}),
  });
  const rule: PermissionRule = { action: `${input.prefix}:${exact}` };
  if (rules.length > 0) rule.resources = rules;
  if (input.when) rule.when = input.when;
  if (input.conditions && input.conditions.length > 0) rule.conditions = input.conditions;
  if (input.why) rule.why = input.why;
  return { rule, types };
}
