import type { FunctionSource, ManagedPolicySource, StatementSource } from '../../analyze/cdk/cdk-source-model.js';
import type { CallContext, Finding, PolicyDocument, Statement } from '../../model.js';
import { isUnknown } from '../../resolve/value-kinds.js';
import { unknownsIn, valueToPattern } from '../../resolve/value-to-pattern.js';
import { grantStatement } from './grant-statements.js';

// The role CDK creates for a function without `role` gets this managed policy
// (https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_lambda.Function.html, prop `role`).
const BASIC_EXECUTION = 'service-role/AWSLambdaBasicExecutionRole';
const VPC_ACCESS = 'service-role/AWSLambdaVPCAccessExecutionRole';

export interface DeclaredPermissions {
  declaredPolicies: PolicyDocument[];
  managedPolicyArns: string[];
  findings: Finding[];
}

/**
 * What the app grants a function's role: grants, role statements, initial policy, managed policies.
 * `stackName` (`--stack-name`) starts the names CloudFormation generates.
 */
export function declaredPermissions(source: FunctionSource, context: CallContext, stackName?: string): DeclaredPermissions {
  const findings: Finding[] = [];
  const statements: Statement[] = [];
  for (const grant of source.grants) {
    const { statement, finding } = grantStatement(grant, context, stackName);
    if (statement) statements.push(statement);
    if (finding) findings.push(finding);
  }
  for (const statement of source.statements) statements.push(toStatement(statement, findings));
  const managedPolicyArns: string[] = [];
  if (!source.construct.props.includes('role')) {
    managedPolicyArns.push(`arn:${context.partition}:iam::aws:policy/${BASIC_EXECUTION}`);
    if (source.construct.props.includes('vpc')) managedPolicyArns.push(`arn:${context.partition}:iam::aws:policy/${VPC_ACCESS}`);
  }
  for (const policy of source.managedPolicies) managedPolicyArns.push(managedPolicyArn(policy, context, findings));
  return {
    declaredPolicies: statements.length > 0 ? [{ Version: '2012-10-17', Statement: statements }] : [],
    managedPolicyArns,
    findings,
  };
}

function toStatement(source: StatementSource, findings: Finding[]): Statement {
  const statement: Statement = {
    Effect: source.effect,
    Action: patternsOf(source.actions, 'action', source, findings),
    Resource: patternsOf(source.resources, 'resource', source, findings),
  };
  if (source.conditions !== undefined) findings.push({ severity: 'note', code: 'condition-ignored', message: 'the conditions of this policy statement are not read', at: source.at });
  return statement;
}

function patternsOf(value: StatementSource['actions'], what: string, source: StatementSource, findings: Finding[]): string[] {
  const items = Array.isArray(value) ? value : [value];
  for (const unknown of unknownsIn(value)) {
    findings.push({ severity: 'warning', code: 'unresolved-policy', message: `a ${what} of this policy statement is not known (${unknown.$unknown}); taken as *`, at: unknown.at ?? source.at });
  }
  return [...new Set(items.flatMap((item) => (isUnknown(item) ? ['*'] : valueToPattern(item))))];
}

function managedPolicyArn(policy: ManagedPolicySource, context: CallContext, findings: Finding[]): string {
  const [name = '*'] = valueToPattern(policy.value);
  if (name.includes('*')) findings.push({ severity: 'warning', code: 'unresolved-policy', message: 'the name of this managed policy is not known', at: policy.at });
  if (policy.kind === 'arn') return name;
  if (policy.kind === 'aws') return `arn:${context.partition}:iam::aws:policy/${name}`;
  return `arn:${context.partition}:iam::${context.account}:policy/${name}`;
}
