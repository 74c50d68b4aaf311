// Resource rules of one action: the chosen resource types of the Service Reference, with ARN
// variables bound to request parameters where iam-dataset says which parameter fills which variable.
import type { Binding, ParserName, ResourceRule } from '../../src/maps/format.js';
import { chooseResourceTypes } from './choose-resource-types.js';
import type { SrService } from './read-service-reference.js';
import type { ArnOverride, TemplateTranslation } from './translate-iam-dataset-template.js';

/** Parsers that read a whole parameter into several ARN variables (or the whole ARN). */
const ruleLevelParsers = new Set<ParserName>(['sqs-queue-url', 'lambda-function-name', 'kms-key-id', 'secret-id', 'ssm-parameter-name']);
const contextVariables = new Set(['Partition', 'Region', 'Account']);

export interface ResourceRulesInput {
  service: SrService;
  actionName: string;
  required: Set<string>;
  /** ARN variable -> where iam-dataset says its value comes from. */
  bindings: Map<string, TemplateTranslation>;
  arnOverride?: ArnOverride;
  /** resourcearn_mappings: resource type -> the parameter that is its whole ARN. */
  wholeArnByType?: Map<string, string>;
}

export interface ResourceRulesOutput {
  rules: ResourceRule[];
  /** "prefix:type" -> ARN format, for ServiceMap.resourceTypes. */
  types: Map<string, string>;
}

export function buildResourceRules(input: ResourceRulesInput): ResourceRulesOutput {
  const { service, actionName, required, bindings, arnOverride } = input;
  const types = new Map<string, string>();
  const srTypes = service.actions.get(actionName.toLowerCase())?.resources ?? [];
  const chosen = chooseResourceTypes(service, srTypes, required);
  if (arnOverride?.kind === 'none') return { rules: [], types };
  if (arnOverride?.kind === 'whole') return { rules: [{ arn: '${Arn}', bind: { Arn: arnOverride.path } }], types };
  if (arnOverride?.kind === 'arn') {
    return { rules: [{ arn: arnOverride.arn, ...(Object.keys(arnOverride.bind).length ? { bind: arnOverride.bind } : {}) }], types };
  }
  const rules: ResourceRule[] = [];
  for (const type of chosen) {
    const key = `${service.prefix}:${type.name}`;
    types.set(key, type.arnFormat);
    const wholeArn = input.wholeArnByType?.get(type.name);
    if (wholeArn) {
      rules.push({ type: key, arn: '${Arn}', bind: { Arn: wholeArn } });
      continue;
    }
    const rule: ResourceRule = { type: key };
    const bind: Record<string, Binding> = {};
    if (arnOverride?.kind === 'parse') rule.parse = { from: arnOverride.from, with: arnOverride.parser };
    for (const variable of templateVariables(type.arnFormat)) {
      const source = bindings.get(variable);
      if (!source || source.kind === 'unbound' || rule.parse) continue;
      if (source.kind === 'path') bind[variable] = source.path;
      else if (ruleLevelParsers.has(source.parser)) rule.parse = { from: source.from, with: source.parser };
      else bind[variable] = { from: source.from, parse: source.parser, field: 'Name' };
    }
    if (Object.keys(bind).length > 0) rule.bind = bind;
    if (type.extends) {
      const bound = bind[type.extends.variable];
      const path = typeof bound === 'string' ? bound : type.extends.variable;
      rule.when = type.extends.present ? { present: path } : { absent: path };
    }
    rules.push(rule);
  }
  return { rules, types };
}

export function templateVariables(arnFormat: string): string[] {
  return [...arnFormat.matchAll(/\$\{([^}]+)\}/g)].map((m) => m[1] ?? '').filter((v) => !contextVariables.has(v));
}
