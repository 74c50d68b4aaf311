import { readFileSync } from 'node:fs';
import type { Finding, PolicyDocument, Statement } from '../../model.js';
import { evaluate, evaluateString, unresolved } from './evaluate-intrinsic.js';
import type { Evaluated, TemplateScope } from './evaluate-intrinsic.js';
import { isRecord } from './parse-template.js';

/** What the IaC grants a function's role. */
export interface DeclaredPermissions {
  policies: PolicyDocument[];
  managedPolicyArns: string[];
}

interface SamPolicyTemplate {
  parameters: string[];
  statements: Array<{ Action: string[]; Resource: string[]; Condition?: Record<string, Record<string, string>> }>;
}

let samPolicyTemplates: Record<string, SamPolicyTemplate> | undefined;
function policyTemplates(): Record<string, SamPolicyTemplate> {
  samPolicyTemplates ??= (JSON.parse(readFileSync(new URL('./sam-policy-templates.json', import.meta.url), 'utf8')) as { templates: Record<string, SamPolicyTemplate> }).templates;
  return samPolicyTemplates;
}

// AWS managed policies that live under `service-role/`; SAM looks the others up at the top level.
// https://docs.aws.amazon.com/lambda/latest/dg/permissions-managed-policies.html
const serviceRolePolicies = new Set([
  'AWSLambdaBasicExecutionRole', 'AWSLambdaDynamoDBExecutionRole', 'AWSLambdaKinesisExecutionRole', 'AWSLambdaMSKExecutionRole',
  'AWSLambdaSQSQueueExecutionRole', 'AWSLambdaVPCAccessExecutionRole', 'AWSLambdaENIManagementAccess', 'AWSLambdaRole',
]);

/** The ARN of a managed policy given by name (`AmazonS3ReadOnlyAccess`) or by ARN. */
export function managedPolicyArn(nameOrArn: string, partition: string): string {
  if (nameOrArn.startsWith('arn:')) return nameOrArn;
  return `arn:${partition}:iam::aws:policy/${serviceRolePolicies.has(nameOrArn) ? 'service-role/' : ''}${nameOrArn}`;
}

/**
 * The `Policies` of an `AWS::Serverless::Function`: managed policy names/ARNs, inline documents and
 * SAM policy templates expanded to their statements.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-policies
 */
export function samFunctionPolicies(scope: TemplateScope, policies: unknown, path: string, findings: Finding[]): DeclaredPermissions {
  const declared: DeclaredPermissions = { policies: [], managedPolicyArns: [] };
  const items = Array.isArray(policies) ? policies : policies === undefined ? [] : [policies];
  items.forEach((item, index) => {
    const itemPath = Array.isArray(policies) ? `${path}.${index}` : path;
    const [key, ...otherKeys] = isRecord(item) ? Object.keys(item) : [];
    if (typeof item === 'string' || (key !== undefined && otherKeys.length === 0 && (key === 'Ref' || key.startsWith('Fn::')))) {
      const name = evaluateString(scope, item, itemPath, findings);
      if (name !== undefined) declared.managedPolicyArns.push(managedPolicyArn(name, scope.stack.partition));
    } else if (isRecord(item) && 'Statement' in item) {
      declared.policies.push(policyDocument(scope, item, itemPath, findings));
    } else if (isRecord(item) && key !== undefined && otherKeys.length === 0) {
      const expanded = expandPolicyTemplate(scope, key, item[key], `${itemPath}.${key}`, findings);
      if (expanded) declared.policies.push(expanded);
    } else {
      unresolved(scope, itemPath, findings, 'this Policies entry is neither a managed policy, a policy document nor a policy template');
    }
  });
  return declared;
}

/** A SAM policy template (`DynamoDBCrudPolicy: {TableName: !Ref Orders}`) as the statements it grants. */
export function expandPolicyTemplate(scope: TemplateScope, name: string, parameters: unknown, path: string, findings: Finding[]): PolicyDocument | undefined {
  const template = policyTemplates()[name];
  if (!template) {
    const line = scope.template.lineOf(path) ?? 1;
    findings.push({ severity: 'warning', code: 'unknown-policy-template', message: `${scope.file}:${line}: iamgen does not know the SAM policy template ${name}; what it grants is not counted`, at: { file: scope.file, line, column: 1 } });
    return undefined;
  }
  const values: Record<string, string> = {};
  for (const parameter of template.parameters) {
    const given = isRecord(parameters) ? parameters[parameter] : undefined;
    values[parameter] = given === undefined ? unresolved(scope, path, findings, `${name} has no ${parameter}`) : (evaluateString(scope, given, `${path}.${parameter}`, findings) ?? '*');
  }
  const fill = (text: string) => evaluateString(scope, { 'Fn::Sub': [text, values] }, path, findings) ?? '*';
  return {
    Version: '2012-10-17',
    Statement: template.statements.map((statement) => ({
      Effect: 'Allow',
      Action: statement.Action,
      Resource: statement.Resource.map(fill),
      ...(statement.Condition ? { Condition: mapCondition(statement.Condition, fill) } : {}),
    })),
  };
}

/** An inline policy document with its intrinsics evaluated. */
export function policyDocument(scope: TemplateScope, document: unknown, path: string, findings: Finding[]): PolicyDocument {
  const evaluated = evaluate(scope, document, path, findings);
  const statements = isRecord(evaluated) ? evaluated.Statement : undefined;
  const list = Array.isArray(statements) ? statements : statements === undefined ? [] : [statements];
  return { Version: '2012-10-17', Statement: list.filter(isRecord).map((statement) => toStatement(statement as Record<string, Evaluated>)) };
}

function toStatement(statement: Record<string, Evaluated>): Statement {
  const result: Statement = { Effect: statement.Effect === 'Deny' ? 'Deny' : 'Allow' };
  if (typeof statement.Sid === 'string') result.Sid = statement.Sid;
  for (const key of ['Action', 'NotAction', 'Resource', 'NotResource'] as const) {
    const value = statement[key];
    if (typeof value === 'string') result[key] = value;
    else if (Array.isArray(value)) result[key] = value.map((item) => (typeof item === 'string' ? item : '*'));
  }
  if (isRecord(statement.Condition)) result.Condition = statement.Condition as Statement['Condition'];
  return result;
}

function mapCondition(condition: Record<string, Record<string, string>>, fill: (text: string) => string): Record<string, Record<string, string>> {
  return Object.fromEntries(Object.entries(condition).map(([operator, entries]) => [operator, Object.fromEntries(Object.entries(entries).map(([key, value]) => [key, fill(value)]))]));
}
