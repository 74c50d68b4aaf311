import type { PolicyDocument, Statement } from '../../model.js';
import { evaluateIntrinsics, type IntrinsicScope } from './serverless-intrinsics.js';
import type { VariableResolver } from './serverless-variables.js';
import { valueAt } from './serverless-variables.js';
import { isRecord, type YamlPath } from './yaml-with-lines.js';

/** What a serverless.yml grants one function's role. */
export interface DeclaredPermissions {
  declaredPolicies: PolicyDocument[];
  managedPolicyArns: string[];
}

const perFunctionPlugin = 'serverless-iam-roles-per-function';

/**
 * The statements of the shared role (`provider.iam.role.statements`, v2 `provider.iamRoleStatements`)
 * or, for a function with its own `iamRoleStatements` (serverless-iam-roles-per-function), those,
 * plus the shared ones only when the function or the plugin's `defaultInherit` asks for them.
 */
export function declaredPermissions(config: unknown, functionKey: string, resolver: VariableResolver, scope: IntrinsicScope): DeclaredPermissions {
  const functionPath = ['functions', functionKey];
  const providerPaths: YamlPath[] = [['provider', 'iam', 'role', 'statements'], ['provider', 'iamRoleStatements']];
  const ownPath = [...functionPath, 'iamRoleStatements'];
  const hasOwn = Array.isArray(valueAt(config, ownPath));
  const inherit = valueAt(config, [...functionPath, 'iamRoleStatementsInherit']) ?? valueAt(config, ['custom', perFunctionPlugin, 'defaultInherit']);
  const statementPaths = hasOwn ? [ownPath, ...(inherit === true ? providerPaths : [])] : providerPaths;

  const statements = statementPaths.flatMap((path) => statementsAt(path, resolver, scope));
  const managedPaths: YamlPath[] = [['provider', 'iam', 'role', 'managedPolicies'], ['provider', 'iamManagedPolicies']];
  const managedPolicyArns = managedPaths.flatMap((path) => {
    const arns = evaluateIntrinsics(resolver.resolve(path), path, scope);
    return Array.isArray(arns) ? arns.map((arn) => (typeof arn === 'string' ? arn : '*')) : [];
  });
  return {
    declaredPolicies: statements.length > 0 ? [{ Version: '2012-10-17', Statement: statements }] : [],
    managedPolicyArns,
  };
}

function statementsAt(path: YamlPath, resolver: VariableResolver, scope: IntrinsicScope): Statement[] {
  const raw = evaluateIntrinsics(resolver.resolve(path), path, scope);
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).map(toStatement);
}

function toStatement(raw: Record<string, unknown>): Statement {
  const statement: Statement = { Effect: raw.Effect === 'Deny' ? 'Deny' : 'Allow' };
  if (typeof raw.Sid === 'string') statement.Sid = raw.Sid;
  for (const key of ['Action', 'NotAction', 'Resource', 'NotResource'] as const) {
    const value = stringOrList(raw[key]);
    if (value !== undefined) statement[key] = value;
  }
  if (isRecord(raw.Condition)) statement.Condition = raw.Condition as Statement['Condition'];
  return statement;
}

function stringOrList(value: unknown): string | string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : '*'));
  return typeof value === 'string' ? value : '*';
}
