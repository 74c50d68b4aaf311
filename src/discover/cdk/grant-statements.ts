import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GrantSource } from '../../analyze/cdk/cdk-source-model.js';
import type { CallContext, Finding, Statement } from '../../model.js';
import { valueToPattern } from '../../resolve/value-to-pattern.js';
import { arnOf } from './construct-attributes.js';

interface GrantDefinition {
  actions: string[];
  resources: string[];
  resourcesWhenIndexed?: string[];
}
type GrantTable = Record<string, Record<string, GrantDefinition>>;

// Types whose grants are the same as another's.
const grantAliases: Record<string, string> = {
  'aws-dynamodb.TableV2': 'aws-dynamodb.Table',
  'aws-lambda-nodejs.NodejsFunction': 'aws-lambda.Function',
};

let grantTable: GrantTable | undefined;
function loadGrantTable(): GrantTable {
  grantTable ??= JSON.parse(readFileSync(fileURLToPath(new URL('./cdk-grants.json', import.meta.url)), 'utf8')) as GrantTable;
  return grantTable;
}

/**
 * The statement a `grant*` call adds to the function's role, or a finding when iamgen does not know
 * the helper. `stackName` (`--stack-name`) starts the names CloudFormation generates.
 */
export function grantStatement(grant: GrantSource, context: CallContext, stackName?: string): { statement?: Statement; finding?: Finding } {
  const type = grantAliases[grant.resource.type] ?? grant.resource.type;
  const definition = loadGrantTable()[type]?.[grant.method];
  const arn = arnOf(grant.resource, context, stackName);
  if (!definition || arn === undefined) {
    return {
      finding: {
        severity: 'warning',
        code: 'unknown-grant',
        message: `${grant.resource.id}.${grant.method}() on a ${grant.resource.type} is not a grant iamgen knows; what it grants is not in the declared policy`,
        at: grant.at,
      },
    };
  }
  const indexed = grant.resource.calledMethods.some((method) => /^add(Global|Local)SecondaryIndex$/.test(method)) ||
    grant.resource.props.some((prop) => /^(global|local)SecondaryIndexes$/.test(prop));
  const templates = [...definition.resources, ...(indexed ? definition.resourcesWhenIndexed ?? [] : [])];
  const arnPatterns = valueToPattern(arn);
  const resources = templates.flatMap((template) => arnPatterns.map((pattern) => template.replace('{arn}', pattern)));
  return { statement: { Effect: 'Allow', Action: [...definition.actions], Resource: resources } };
}
