import type { Finding } from '../../model.js';
import { innermostVariable, parseVariableBody, type VariableTerm } from './variable-syntax.js';
import { isRecord, type YamlPath, type YamlWithLines } from './yaml-with-lines.js';

export interface ServerlessOptions {
  stage?: string;
  region?: string;
  account?: string;
  partition?: string;
  /** `${param:X}` values (`--parameter X=...`); they win over the file's `params:` block. */
  parameters?: Record<string, string>;
}

/** Replaces Serverless variables in the parts of serverless.yml that iamgen reads. */
export interface VariableResolver {
  /** The value at `path` with every variable in it replaced; what stays unknown is `*`. */
  resolve(path: YamlPath): unknown;
  stage(): string;
  region(): string;
  findings: Finding[];
}

// Serverless gives a deployment these when the file and the command line do not.
const defaultStage = 'dev';
const defaultRegion = 'us-east-1';
// A variable that leads back to itself would never end.
const maxDepth = 20;

export function createVariableResolver(yaml: YamlWithLines, file: string, options: ServerlessOptions): VariableResolver {
  const findings: Finding[] = [];
  let depth = 0;

  const resolve = (path: YamlPath): unknown => resolveDeep(valueAt(yaml.value, path), path);

  function resolveDeep(value: unknown, path: YamlPath): unknown {
    if (typeof value === 'string') return resolveString(value, path);
    if (Array.isArray(value)) return value.map((item, index) => resolveDeep(item, [...path, index]));
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveDeep(item, [...path, key])]));
    return value;
  }

  function resolveString(text: string, path: YamlPath): unknown {
    let current = text;
    let from = 0;
    for (let match = innermostVariable(current, from); match; match = innermostVariable(current, from)) {
      const value = resolveTerms(parseVariableBody(match.body), `\${${match.body}}`, path);
      if (match.start === 0 && match.end === current.length) return value;
      const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '*';
      current = current.slice(0, match.start) + text + current.slice(match.end);
      from = 0;
    }
    return current;
  }

  function resolveTerms(terms: VariableTerm[], written: string, path: YamlPath): unknown {
    for (const term of terms) {
      const value = term.kind === 'literal' ? term.value : lookUp(term.source, term.address);
      if (value !== undefined) return value;
    }
    const line = yaml.lineOf(path);
    findings.push({
      severity: 'warning',
      code: 'unresolved-variable',
      message: `${file}:${line}: ${written} cannot be resolved without deploying; iamgen uses "*" for it`,
      at: { file, line, column: 1 },
    });
    return '*';
  }

  function lookUp(source: string, address: string): unknown {
    if (address.includes('*')) return '*';
    switch (source) {
      case 'self':
        return selfValue(address);
      case 'sls':
        return address === 'stage' ? stage() : undefined;
      case 'opt':
        return address === 'stage' ? options.stage : address === 'region' ? options.region : undefined;
      case 'aws':
        // An unknown account is expected (no --account) and is "*" in every ARN, not a problem.
        return address === 'region' ? region() : address === 'accountId' ? (options.account ?? '*') : undefined;
      case 'param':
        return options.parameters?.[address] ?? selfValue(`params.${stage()}.${address}`) ?? selfValue(`params.default.${address}`);
      default:
        // env, ssm, cf, s3, file(...), ...: known only where and when the stack is deployed.
        return undefined;
    }
  }

  function selfValue(address: string): unknown {
    if (address === 'provider.stage') return stage();
    if (address === 'provider.region') return region();
    return guarded(address === '' ? [] : address.split('.'));
  }

  function stage(): string {
    if (options.stage) return options.stage;
    const declared = guarded(['provider', 'stage']);
    return typeof declared === 'string' ? declared : defaultStage;
  }

  function region(): string {
    if (options.region) return options.region;
    const declared = guarded(['provider', 'region']);
    return typeof declared === 'string' ? declared : defaultRegion;
  }

  /** The resolved value at `path`, or undefined when the file has none there. */
  function guarded(path: YamlPath): unknown {
    if (valueAt(yaml.value, path) === undefined) return undefined;
    if (depth >= maxDepth) return '*';
    depth++;
    try {
      return resolve(path);
    } finally {
      depth--;
    }
  }

  return { resolve, stage, region, findings };
}

/** The raw value at `path`, or undefined. */
export function valueAt(root: unknown, path: YamlPath): unknown {
  let current = root;
  for (const key of path) {
    if (Array.isArray(current)) current = current[Number(key)];
    else if (isRecord(current)) current = current[String(key)];
    else return undefined;
  }
  return current;
}
