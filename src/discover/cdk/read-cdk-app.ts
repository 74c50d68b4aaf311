import path from 'node:path';
import { readCdkSource } from '../../analyze/cdk/read-cdk-source.js';
import type { CdkSource, FunctionSource } from '../../analyze/cdk/cdk-source-model.js';
import { callContextFrom } from '../../call-context.js';
import type { CallContext, DiscoveredFunction, Finding, IacReadResult } from '../../model.js';
import { unknownsIn, valueToPattern } from '../../resolve/value-to-pattern.js';
import { cdkAppFile } from './cdk-app-file.js';
import { arnOf, attributeValue } from './construct-attributes.js';
import { declaredPermissions } from './declared-permissions.js';
import { functionEntry } from './function-entry.js';
import { functionTriggers, stackEnvironment } from './function-triggers.js';
import { withCdkOut } from './read-cdk-out.js';

export interface CdkReadOptions {
  region?: string;
  account?: string;
  partition?: string;
  /** `--context key=value`, over the values of cdk.json. */
  context?: Record<string, string>;
  /** `--stack-name`: the deployed stack's name, which starts the names CloudFormation generates. */
  stackName?: string;
}

/** The Lambda functions of a CDK v2 app in TypeScript, read from its source and from its `cdk.out` when there is one. */
export function readCdkApp(root: string, options: CdkReadOptions = {}): IacReadResult {
  const app = cdkAppFile(root);
  if ('finding' in app) return { functions: [], findings: [app.finding] };
  const context = callContextFrom(options);
  const source = readCdkSource(app.appFile, {
    attributeValue: (construct, attribute) => attributeValue(construct, attribute, context, options.stackName),
    pseudoParameter: (name) => (name === 'urlSuffix' ? (context.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com') : context[name]),
    context: { ...app.context, ...options.context },
    appRoot: path.resolve(root),
  });
  const findings: Finding[] = [...source.findings];
  const resourceArns = constructArns(source, context, options.stackName);
  const functions: DiscoveredFunction[] = [];
  const names = functionNames(source.functions);
  source.functions.forEach((fn, index) => {
    const entry = functionEntry(fn, path.resolve(root));
    if (!('entry' in entry)) {
      findings.push(entry.finding);
      return;
    }
    const declared = declaredPermissions(fn, context, options.stackName);
    const functionFindings = [...(entry.finding ? [entry.finding] : []), ...declared.findings];
    const at = { kind: 'cdk' as const, file: fn.construct.at.file, path: `${fn.definedIn ?? '*'}/${fn.construct.id}`, line: fn.construct.at.line };
    functions.push({
      name: names[index] as string,
      entry: entry.entry,
      handlerExport: entry.handlerExport,
      env: environmentPatterns(fn, functionFindings),
      declaredPolicies: declared.declaredPolicies,
      managedPolicyArns: declared.managedPolicyArns,
      resourceArns,
      at,
      findings: functionFindings,
      triggers: functionTriggers(fn, at, context, options.stackName),
      ...stackEnvironment(fn, source.stackEnvironments),
    });
  });
  return withCdkOut(root, { functions, findings }, options);
}

/** Each value as one IAM pattern; unknown parts are `*` and each is reported where the code leaves it. */
function environmentPatterns(fn: FunctionSource, findings: Finding[]): Record<string, string> {
  const env: Record<string, string> = {};
  if (fn.environmentUnknown) {
    findings.push({ severity: 'warning', code: 'unresolved-env', message: `part of the environment of ${fn.construct.id} is not known: ${fn.environmentUnknown.$unknown}`, at: fn.environmentUnknown.at ?? fn.construct.at });
  }
  for (const [key, value] of Object.entries(fn.environment).sort(([a], [b]) => a.localeCompare(b))) {
    const patterns = valueToPattern(value);
    env[key] = patterns.length === 1 ? (patterns[0] as string) : '*';
    for (const unknown of unknownsIn(value)) {
      findings.push({ severity: 'warning', code: 'unresolved-env', message: `${key} of ${fn.construct.id}: ${unknown.$unknown}; taken as *`, at: unknown.at ?? fn.construct.at });
    }
  }
  return env;
}

function constructArns(source: CdkSource, context: CallContext, stackName: string | undefined): Record<string, string> {
  const arns: Record<string, string> = {};
  for (const construct of source.constructs) {
    const arn = arnOf(construct, context, stackName);
    const patterns = arn === undefined ? [] : valueToPattern(arn);
    if (patterns.length === 1 && construct.id !== '*') arns[construct.id] = patterns[0] as string;
  }
  return arns;
}

// The construct id, or `<class>/<id>` when two functions share an id (one per stack).
function functionNames(functions: FunctionSource[]): string[] {
  const counts = new Map<string, number>();
  for (const fn of functions) counts.set(fn.construct.id, (counts.get(fn.construct.id) ?? 0) + 1);
  return functions.map((fn) => ((counts.get(fn.construct.id) ?? 0) > 1 ? `${fn.definedIn ?? '*'}/${fn.construct.id}` : fn.construct.id));
}
