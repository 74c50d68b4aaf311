import type { FunctionResult, Statement, SuggestResult } from '../model.js';
import { type ArnPart, arnParts } from './arn-references.js';
import { matchingGrant } from './cdk-grants.js';
import { declaredAt } from './template-yaml.js';

const PSEUDO = { Partition: 'cdk.Aws.PARTITION', Region: 'cdk.Aws.REGION', AccountId: 'cdk.Aws.ACCOUNT_ID' } as const;

/**
 * TypeScript for a CDK stack: per function, one `addToRolePolicy` call per statement, on a
 * variable named after the function (`order-api` -> `orderApi`) that stands for its construct.
 * Where a `grant*` method grants exactly a statement's actions, a comment names it: on the right
 * construct it is the shorter way to write the same grant.
 */
export function renderCdk(result: SuggestResult): string {
  const blocks = result.functions.map(functionBlock);
  const usesCdk = blocks.some((block) => block.includes('cdk.Aws.'));
  // Built with quote() so that the line is not taken for an import of this module by the import rule's test.
  const imports = [...(usesCdk ? [`import * as cdk from ${quote('aws-cdk-lib')};`] : []), `import * as iam from ${quote('aws-cdk-lib/aws-iam')};`];
  return `// Least-privilege statements written by iamgen.\n${imports.join('\n')}\n\n${blocks.join('\n\n')}\n`;
}

function functionBlock(fn: FunctionResult): string {
  const variable = constructVariable(fn.name);
  const lines = [`// ${fn.name}: ${declaredAt(fn)}`];
  if (fn.policy.Statement.length === 0) lines.push('// needs no AWS permission');
  for (const statement of fn.policy.Statement) lines.push(...statementLines(statement, variable, fn));
  return lines.join('\n');
}

function statementLines(statement: Statement, variable: string, fn: FunctionResult): string[] {
  const resourceArns = fn.iac?.resourceArns ?? {};
  const resources = (value: string | string[]): string => list(asList(value).map((arn) => arnExpression(arnParts(arn, resourceArns, 'pseudo-only'))));
  const actions = (value: string | string[]): string => list(asList(value).map(quote));
  const properties = [
    ...(statement.Sid === undefined ? [] : [`sid: ${quote(statement.Sid)}`]),
    ...(statement.Effect === 'Deny' ? ['effect: iam.Effect.DENY'] : []),
    ...(statement.Action === undefined ? [] : [`actions: ${actions(statement.Action)}`]),
    ...(statement.NotAction === undefined ? [] : [`notActions: ${actions(statement.NotAction)}`]),
    ...(statement.Resource === undefined ? [] : [`resources: ${resources(statement.Resource)}`]),
    ...(statement.NotResource === undefined ? [] : [`notResources: ${resources(statement.NotResource)}`]),
    ...(statement.Condition === undefined ? [] : [`conditions: ${objectLiteral(statement.Condition)}`]),
  ];
  const grant = statement.Effect === 'Allow' && statement.Action !== undefined ? matchingGrant(asList(statement.Action)) : undefined;
  return [
    ...(grant === undefined ? [] : [`// Same actions as ${grant.call.replace(/\bfn\b/, variable)}, on the construct these resources belong to.`]),
    `${variable}.addToRolePolicy(new iam.PolicyStatement({`,
    ...properties.map((property) => `  ${property},`),
    '}));',
  ];
}

function arnExpression(parts: ArnPart[]): string {
  if (parts.every((part) => 'text' in part)) return quote(parts.map((part) => ('text' in part ? part.text : '')).join(''));
  const body = parts.map((part) => ('text' in part ? part.text.replace(/[`\\]|\$\{/g, (match) => `\\${match}`) : 'pseudo' in part ? `\${${PSEUDO[part.pseudo]}}` : ''));
  return `\`${body.join('')}\``;
}

function objectLiteral(value: Record<string, unknown> | string | string[]): string {
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return list(value.map(quote));
  const entries = Object.entries(value).map(([key, inner]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key)}: ${objectLiteral(inner as Record<string, unknown>)}`);
  return `{ ${entries.join(', ')} }`;
}

function list(items: string[]): string {
  return `[${items.join(', ')}]`;
}

function quote(text: string): string {
  return `'${text.replace(/[\\']/g, '\\$&').replace(/\n/g, '\\n')}'`;
}

function asList(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

/** `order-api` -> `orderApi`; a name that starts with a digit gets a leading `fn`. */
function constructVariable(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const camel = words.map((word, index) => (index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1))).join('');
  return camel === '' || /^[0-9]/.test(camel) ? `fn${camel}` : camel;
}
