import type { CallContext } from '../model.js';
import { bindingValues, parseAt } from './binding-values.js';
import { evaluatePredicate, type RuleInput } from './evaluate-predicate.js';
import { fillArnTemplate } from './fill-arn-template.js';
import type { ResourceRule } from './format.js';
import { readPath } from './input-path.js';
import { isUnknown } from '../resolve/value-kinds.js';
import type { ParsedValue } from './parsers/value-parser.js';
import { isWhollyUnknown } from './parsers/arn-parts.js';
import { valueToPattern } from '../resolve/value-to-pattern.js';

export interface ResolvedResource {
  arn: string;
  conditions: Array<{ op: string; key: string; value: string }>;
}

/** The ARNs one resource rule gives for a call (several when an input fans out). */
export function resolveResources(rule: ResourceRule, resourceTypes: Record<string, string>, from: RuleInput, context: CallContext): ResolvedResource[] {
  if (rule.when && !evaluatePredicate(rule.when, from)) return [];
  const template = rule.arn ?? (rule.type ? resourceTypes[rule.type] : undefined) ?? '*';
  const parsed: ParsedValue[] = rule.parse ? parseAt(rule.parse.from, rule.parse.with, from, context) : [];
  const readings = parsed.length > 0 ? parsed : [{ vars: {} }];
  const resources: ResolvedResource[] = [];
  for (const reading of readings) {
    const conditions = reading.conditions ?? [];
    if (reading.arn !== undefined) {
      resources.push({ arn: reading.arn, conditions });
      continue;
    }
    for (const vars of boundVariableSets(rule, from, context, reading.vars)) {
      resources.push({ arn: fillArnTemplate(templateFor(rule, template, vars, resourceTypes), vars, context, (name) => inputKeyNamed(name, from)), conditions });
    }
  }
  return resources;
}

/**
 * A rule whose template is one variable bound to a whole ARN (`"arn": "${Arn}"`) gives `*` when the
 * code does not tell the ARN. The rule's resource type still tells what kind of resource it is: its
 * format, in the call's partition, region and account, is the narrowest wildcard that is right
 * (`arn:aws:states:us-east-1:123456789012:execution:*:*`, not `*`).
 */
function templateFor(rule: ResourceRule, template: string, vars: Record<string, string>, resourceTypes: Record<string, string>): string {
  const whole = /^\$\{([A-Za-z0-9]+)\}$/.exec(rule.arn ?? '')?.[1];
  const typeFormat = rule.type ? resourceTypes[rule.type] : undefined;
  if (!whole || !typeFormat || vars[whole] === undefined || !isWhollyUnknown(vars[whole])) return template;
  return typeFormat;
}

/** Every combination of the rule's bound variables (bindings that fan out multiply). */
function boundVariableSets(rule: ResourceRule, from: RuleInput, context: CallContext, base: Record<string, string>): Array<Record<string, string>> {
  let sets: Array<Record<string, string>> = [{ ...base }];
  for (const [name, binding] of Object.entries(rule.bind ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const values = bindingValues(binding, from, context);
    if (values === undefined) continue;
    sets = sets.flatMap((set) => values.map((value) => ({ ...set, [name]: value })));
  }
  return sets;
}

/**
 * For a variable no rule binds: the input key of the same name (case-insensitive), or the same name
 * without a "Name" suffix (`${BucketName}` <- `Bucket`), read from the current element first.
 */
function inputKeyNamed(variable: string, from: RuleInput): string | undefined {
  const wanted = [variable.toLowerCase(), variable.toLowerCase().replace(/name$/, '')];
  for (const source of [from.element, from.input]) {
    if (typeof source !== 'object' || source === null || Array.isArray(source) || isUnknown(source)) continue;
    const key = Object.keys(source).find((k) => wanted.includes(k.toLowerCase()));
    if (key === undefined) continue;
    const hit = readPath(source, key)[0];
    if (hit?.kind === 'value') return valueToPattern(hit.value)[0];
  }
  return undefined;
}
