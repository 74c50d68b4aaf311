import type { Finding } from '../../model.js';
import { evaluateCondition } from './evaluate-condition.js';
import { isRecord } from './parse-template.js';
import type { ParsedTemplate } from './parse-template.js';
import { getAttOfResource, refOfResource } from './resource-references.js';
import { urlSuffix } from './resource-types.js';
import type { StackContext } from './resource-types.js';

/** A template value with its intrinsics evaluated: strings are IAM patterns, `*` where unknown. */
export type Evaluated = string | number | boolean | null | Evaluated[] | { [key: string]: Evaluated };

/** `AWS::NoValue`: the property is left out. */
export const noValue = Symbol('AWS::NoValue');

export interface TemplateScope {
  file: string;
  template: ParsedTemplate;
  stack: StackContext;
  /** `--parameter` values; they win over a parameter's `Default`. */
  parameterValues: Record<string, string>;
  resources: Record<string, { Type?: unknown; Properties?: unknown; Condition?: unknown }>;
}

/** Evaluates intrinsics in `value` (found at dotted `path`); what cannot be evaluated becomes `*` and a finding in `findings`. */
export function evaluate(scope: TemplateScope, value: unknown, path: string, findings: Finding[], visiting: string[] = []): Evaluated | typeof noValue {
  if (Array.isArray(value)) {
    return value.map((item, index) => evaluate(scope, item, `${path}.${index}`, findings, visiting)).filter((item): item is Evaluated => item !== noValue);
  }
  if (!isRecord(value)) return (value ?? null) as Evaluated;
  const keys = Object.keys(value);
  const [key] = keys;
  if (keys.length === 1 && key && (key === 'Ref' || key.startsWith('Fn::') || key === 'Condition')) {
    return evaluateFunction(scope, key, value[key], `${path}.${key}`, findings, visiting);
  }
  const result: Record<string, Evaluated> = {};
  for (const [name, child] of Object.entries(value)) {
    const evaluated = evaluate(scope, child, `${path}.${name}`, findings, visiting);
    if (evaluated !== noValue) result[name] = evaluated;
  }
  return result;
}

/** Like `evaluate`, for a place that needs one string (an env value, a name, an ARN). */
export function evaluateString(scope: TemplateScope, value: unknown, path: string, findings: Finding[], visiting: string[] = []): string | undefined {
  const evaluated = evaluate(scope, value, path, findings, visiting);
  if (evaluated === noValue) return undefined;
  if (typeof evaluated === 'string' || typeof evaluated === 'number' || typeof evaluated === 'boolean') return String(evaluated);
  return unresolved(scope, path, findings, 'the value is not a string');
}

/** Records a value iamgen cannot evaluate and returns the wildcard that stands for it. */
export function unresolved(scope: TemplateScope, path: string, findings: Finding[], why: string): '*' {
  const line = scope.template.lineOf(path) ?? 1;
  const message = `${scope.file}:${line}: ${why}; iamgen uses * in its place`;
  if (!findings.some((finding) => finding.message === message)) {
    findings.push({ severity: 'warning', code: 'unresolved-intrinsic', message, at: { file: scope.file, line, column: 1 } });
  }
  return '*';
}

function evaluateFunction(scope: TemplateScope, name: string, argument: unknown, path: string, findings: Finding[], visiting: string[]): Evaluated | typeof noValue {
  const list = (minimum: number): unknown[] | undefined => (Array.isArray(argument) && argument.length >= minimum ? argument : undefined);
  const text = (value: unknown, at: string) => evaluateString(scope, value, at, findings, visiting) ?? '';
  switch (name) {
    case 'Ref':
      return typeof argument === 'string' ? ref(scope, argument, path, findings, visiting) : unresolved(scope, path, findings, 'Ref takes a name');
    case 'Fn::GetAtt': {
      const [logicalId, attribute] = Array.isArray(argument) ? argument : [];
      if (typeof logicalId !== 'string' || typeof attribute !== 'string') return unresolved(scope, path, findings, 'Fn::GetAtt takes [LogicalId, Attribute]');
      return getAttOfResource(scope, logicalId, attribute, path, findings, visiting);
    }
    case 'Fn::Sub':
      return substitute(scope, argument, path, findings, visiting);
    case 'Fn::Join': {
      const [delimiter, items] = list(2) ?? [];
      const values = evaluate(scope, items, `${path}.1`, findings, visiting);
      if (typeof delimiter !== 'string' || !Array.isArray(values)) return unresolved(scope, path, findings, 'Fn::Join takes [delimiter, list]');
      return values.map((item) => (typeof item === 'object' && item !== null ? '*' : String(item))).join(delimiter);
    }
    case 'Fn::Select': {
      const [index, items] = list(2) ?? [];
      if (isRecord(items) && 'Fn::GetAZs' in items) return `${scope.stack.region === '*' ? '' : scope.stack.region}*`;
      const values = evaluate(scope, items, `${path}.1`, findings, visiting);
      const position = Number(evaluate(scope, index, `${path}.0`, findings, visiting));
      if (!Array.isArray(values) || !Number.isInteger(position)) return unresolved(scope, path, findings, 'Fn::Select takes [index, list]');
      return values[position] ?? unresolved(scope, path, findings, `Fn::Select index ${position} is past the end of the list`);
    }
    case 'Fn::Split': {
      const [delimiter, source] = list(2) ?? [];
      if (typeof delimiter !== 'string') return unresolved(scope, path, findings, 'Fn::Split takes [delimiter, string]');
      return text(source, `${path}.1`).split(delimiter);
    }
    case 'Fn::If': {
      const [condition, whenTrue, whenFalse] = list(3) ?? [];
      if (typeof condition !== 'string') return unresolved(scope, path, findings, 'Fn::If takes [condition, value if true, value if false]');
      const holds = evaluateCondition(scope, condition, path, findings, visiting);
      if (holds !== undefined) return evaluate(scope, holds ? whenTrue : whenFalse, `${path}.${holds ? 1 : 2}`, findings, visiting);
      unresolved(scope, path, findings, `condition ${condition} cannot be decided`);
      return widen(evaluate(scope, whenTrue, `${path}.1`, findings, visiting), evaluate(scope, whenFalse, `${path}.2`, findings, visiting));
    }
    case 'Fn::Equals':
    case 'Fn::Not':
    case 'Fn::And':
    case 'Fn::Or':
    case 'Condition': {
      const holds = evaluateCondition(scope, { [name]: argument }, path, findings, visiting);
      return holds ?? unresolved(scope, path, findings, `${name} cannot be decided`);
    }
    case 'Fn::FindInMap': {
      const [mapName, topKey, secondKey] = (list(3) ?? []).map((part, index) => text(part, `${path}.${index}`));
      const mappings = isRecord(scope.template.body.Mappings) ? scope.template.body.Mappings : {};
      const top = isRecord(mappings[mapName ?? '']) ? (mappings[mapName ?? ''] as Record<string, unknown>)[topKey ?? ''] : undefined;
      const found = isRecord(top) ? top[secondKey ?? ''] : undefined;
      if (found === undefined) return unresolved(scope, path, findings, `Fn::FindInMap [${mapName}, ${topKey}, ${secondKey}] is not in Mappings`);
      return evaluate(scope, found, `Mappings.${mapName}.${topKey}.${secondKey}`, findings, visiting);
    }
    case 'Fn::ImportValue':
      return unresolved(scope, path, findings, `Fn::ImportValue ${text(argument, path)} is an output of another stack`);
    case 'Fn::GetAZs':
      return [`${scope.stack.region === '*' ? '' : scope.stack.region}*`];
    case 'Fn::Base64': {
      const plain = text(argument, path);
      return plain.includes('*') ? unresolved(scope, path, findings, 'Fn::Base64 of a value that is not fully known') : Buffer.from(plain).toString('base64');
    }
    default:
      return unresolved(scope, path, findings, `${name} cannot be evaluated offline`);
  }
}

const pseudoParameters: Record<string, (stack: StackContext) => string> = {
  'AWS::Region': (stack) => stack.region,
  'AWS::AccountId': (stack) => stack.account,
  'AWS::Partition': (stack) => stack.partition,
  'AWS::StackName': (stack) => stack.stackName ?? '*',
  'AWS::URLSuffix': (stack) => urlSuffix(stack.partition),
  'AWS::StackId': (stack) => `arn:${stack.partition}:cloudformation:${stack.region}:${stack.account}:stack/${stack.stackName ?? '*'}/*`,
};

/** `Ref` to a pseudo parameter, a parameter or a resource. */
export function ref(scope: TemplateScope, name: string, path: string, findings: Finding[], visiting: string[]): Evaluated | typeof noValue {
  if (name === 'AWS::NoValue') return noValue;
  const pseudo = pseudoParameters[name];
  if (pseudo) return pseudo(scope.stack);
  const parameters = isRecord(scope.template.body.Parameters) ? scope.template.body.Parameters : {};
  const parameter = parameters[name];
  if (isRecord(parameter)) {
    const given = scope.parameterValues[name] ?? (parameter.Default === undefined ? undefined : String(parameter.Default));
    if (given === undefined) return unresolved(scope, path, findings, `parameter ${name} has no Default and no --parameter value`);
    const type = String(parameter.Type ?? 'String');
    return type === 'CommaDelimitedList' || type.startsWith('List<') ? given.split(',').map((item) => item.trim()) : given;
  }
  if (name in scope.resources) return refOfResource(scope, name, path, findings, visiting);
  return unresolved(scope, path, findings, `Ref ${name} names no parameter or resource of the template`);
}

/** `Fn::Sub` with a string or `[string, {name: value}]`; `${!Literal}` stays `${Literal}`. */
function substitute(scope: TemplateScope, argument: unknown, path: string, findings: Finding[], visiting: string[]): Evaluated {
  const [source, variables] = Array.isArray(argument) ? argument : [argument, {}];
  if (typeof source !== 'string') return unresolved(scope, path, findings, 'Fn::Sub takes a string or [string, variables]');
  const variablesPath = `${path}.1`;
  return source.replace(/\$\{([^}]*)\}/g, (_whole, name: string) => {
    if (name.startsWith('!')) return `\${${name.slice(1)}}`;
    const trimmed = name.trim();
    let value: Evaluated | typeof noValue;
    if (isRecord(variables) && trimmed in variables) value = evaluate(scope, variables[trimmed], `${variablesPath}.${trimmed}`, findings, visiting);
    else if (trimmed.includes('.') && !trimmed.startsWith('AWS::')) {
      const dot = trimmed.indexOf('.');
      value = getAttOfResource(scope, trimmed.slice(0, dot), trimmed.slice(dot + 1), path, findings, visiting);
    } else value = ref(scope, trimmed, path, findings, visiting);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : unresolved(scope, path, findings, `\${${trimmed}} in Fn::Sub is not a string`);
  });
}

/** The tightest pattern true for either value: `orders-prod` / `orders-dev` -> `orders-*`. */
export function widen(first: Evaluated | typeof noValue, second: Evaluated | typeof noValue): Evaluated {
  if (first === second && first !== noValue) return first;
  if (typeof first !== 'string' || typeof second !== 'string') return '*';
  let prefixLength = 0;
  while (prefixLength < Math.min(first.length, second.length) && first[prefixLength] === second[prefixLength]) prefixLength += 1;
  let suffixLength = 0;
  const room = Math.min(first.length, second.length) - prefixLength;
  while (suffixLength < room && first[first.length - 1 - suffixLength] === second[second.length - 1 - suffixLength]) suffixLength += 1;
  return `${first.slice(0, prefixLength)}*${first.slice(first.length - suffixLength)}`.replace(/\*+/g, '*');
}
