import { readFileSync } from 'node:fs';
import path from 'node:path';
import { callContextFrom } from '../../call-context.js';
import type { DiscoveredFunction, Finding, IacKind, IacReadResult } from '../../model.js';
import { functionTriggers, samEventSourcePolicy } from './event-sources.js';
import { evaluateString } from './evaluate-intrinsic.js';
import type { TemplateScope } from './evaluate-intrinsic.js';
import { functionDeclarations } from './function-declarations.js';
import type { FunctionDeclaration } from './function-declarations.js';
import { functionEntry } from './function-entry.js';
import { isRecord, parseTemplate } from './parse-template.js';
import { resourceArnPatterns } from './resource-references.js';
import { attachedPolicies, rolePermissions } from './role-policies.js';
import { managedPolicyArn, samFunctionPolicies } from './sam-policies.js';
import type { DeclaredPermissions } from './sam-policies.js';

export interface CloudFormationReadOptions {
  /** `--parameter Key=Value`; wins over a parameter's `Default`. */
  parameters: Record<string, string>;
  region?: string;
  account?: string;
  partition?: string;
  stackName?: string;
}

/** The Node.js functions of a SAM or CloudFormation template (YAML or JSON), with entry, environment and declared permissions. */
export function readCloudFormationTemplate(file: string, options: CloudFormationReadOptions): IacReadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { functions: [], findings: [{ severity: 'error', code: 'unreadable-template', message: `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, at: { file, line: 1, column: 1 } }] };
  }
  const parsed = parseTemplate(file, text);
  if (!parsed.template) return { functions: [], findings: parsed.findings };
  const body = parsed.template.body;
  if (!isRecord(body.Resources)) {
    return { functions: [], findings: [{ severity: 'error', code: 'parse-error', message: `${file}:1: not a CloudFormation template (no Resources)`, at: { file, line: 1, column: 1 } }] };
  }
  const scope: TemplateScope = {
    file,
    template: parsed.template,
    stack: { ...callContextFrom(options), ...(options.stackName ? { stackName: options.stackName } : {}) },
    parameterValues: options.parameters,
    resources: Object.fromEntries(Object.entries(body.Resources).filter(([, resource]) => isRecord(resource))) as TemplateScope['resources'],
  };
  const kind: IacKind = [body.Transform].flat().includes('AWS::Serverless-2016-10-31') ? 'sam' : 'cloudformation';
  const findings: Finding[] = [];
  const resourceArns = resourceArnPatterns(scope, findings);
  const functions: DiscoveredFunction[] = [];
  for (const declaration of functionDeclarations(scope, findings)) {
    const discovered = discoverFunction(scope, kind, declaration, resourceArns, findings);
    if (discovered) functions.push(discovered);
  }
  return { functions, findings: findings.sort((first, second) => (first.at?.line ?? 0) - (second.at?.line ?? 0)) };
}

function discoverFunction(scope: TemplateScope, kind: IacKind, declaration: FunctionDeclaration, resourceArns: Record<string, string>, fileFindings: Finding[]): DiscoveredFunction | undefined {
  const { logicalId } = declaration;
  const findings: Finding[] = [];
  const handler = declaration.property('Handler');
  const handlerName = handler ? evaluateString(scope, handler.value, handler.path, findings) : undefined;
  const handlerLine = scope.template.lineOf(handler?.path ?? `Resources.${logicalId}`) ?? 1;
  const missing = (why: string): undefined => {
    fileFindings.push(...findings, { severity: 'error', code: 'missing-handler', message: `${scope.file}:${handlerLine}: ${logicalId}: ${why}`, at: { file: scope.file, line: handlerLine, column: 1 } });
    return undefined;
  };
  if (handlerName === undefined || handlerName.includes('*')) return missing('no Handler iamgen can read');
  const codeUri = evaluateString(scope, declaration.codeUri, declaration.property('CodeUri')?.path ?? `Resources.${logicalId}`, findings) ?? '.';
  const entry = functionEntry(path.dirname(scope.file), codeUri, handlerName, isRecord(scope.resources[logicalId]) ? (scope.resources[logicalId] as { Metadata?: unknown }).Metadata : undefined);
  if (!entry.entry) return missing(`handler ${handlerName}: no file ${entry.lookedFor.join(' or ')}`);

  const env: Record<string, string> = {};
  for (const variable of declaration.environment) {
    const value = evaluateString(scope, variable.value, variable.path, findings);
    if (value !== undefined) env[variable.name] = value;
  }
  const declared = declaredPermissions(scope, declaration, findings);
  return {
    name: logicalId,
    entry: entry.entry,
    handlerExport: entry.handlerExport,
    env,
    declaredPolicies: declared.policies,
    managedPolicyArns: [...new Set(declared.managedPolicyArns)],
    resourceArns,
    at: { kind, file: scope.file, path: `Resources.${logicalId}`, line: scope.template.lineOf(`Resources.${logicalId}`) },
    findings,
    triggers: functionTriggers(scope, kind, declaration, findings),
  };
}

/**
 * What the template grants the function: its `Role`, or for a SAM function without one, the role SAM
 * creates: `Policies`, `AWSLambdaBasicExecutionRole`, X-Ray with `Tracing: Active`, and the policy of each
 * poll-based event source (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-function.html).
 */
function declaredPermissions(scope: TemplateScope, declaration: FunctionDeclaration, findings: Finding[]): DeclaredPermissions {
  const role = declaration.property('Role');
  if (role) return rolePermissions(scope, role.value, role.path, findings);
  if (declaration.type !== 'AWS::Serverless::Function') return { policies: [], managedPolicyArns: [] };
  const policies = declaration.property('Policies');
  const declared = policies ? samFunctionPolicies(scope, policies.value, policies.path, findings) : { policies: [], managedPolicyArns: [] };
  const implied = ['AWSLambdaBasicExecutionRole'];
  if (declaration.property('Tracing')?.value === 'Active') implied.push('AWSXrayWriteOnlyAccess');
  const events = declaration.property('Events')?.value;
  const eventPolicies: Record<string, string> = { SQS: 'AWSLambdaSQSQueueExecutionRole', DynamoDB: 'AWSLambdaDynamoDBExecutionRole', Kinesis: 'AWSLambdaKinesisExecutionRole' };
  for (const event of isRecord(events) ? Object.values(events) : []) {
    const policy = isRecord(event) ? eventPolicies[String(event.Type)] : undefined;
    if (policy) implied.push(policy);
  }
  return {
    policies: [
      ...declared.policies,
      ...attachedPolicies(scope, `${declaration.logicalId}Role`, findings),
      ...implied.flatMap((name) => samEventSourcePolicy(name) ?? []),
    ],
    managedPolicyArns: [...implied.map((name) => managedPolicyArn(name, scope.stack.partition)), ...declared.managedPolicyArns],
  };
}
