import type { Condition, FunctionResult, Statement, SuggestResult } from '../model.js';
import { type ArnPart, arnParts } from './arn-references.js';
import { declaredAt } from './template-yaml.js';

/**
 * A `data "aws_iam_policy_document"` block per function, laid out as `terraform fmt` lays it out
 * (two-space indent, the `=` of consecutive attributes aligned, a blank line before nested
 * blocks). When the function comes from Terraform, a resource of the same configuration is
 * named by its address (`aws_dynamodb_table.orders.arn`) instead of its ARN.
 */
export function renderTerraform(result: SuggestResult): string {
  const blocks = result.functions.map(functionBlock);
  return `# Least-privilege policies written by iamgen.\n\n${blocks.join('\n\n')}\n`;
}

function functionBlock(fn: FunctionResult): string {
  const comment = `# ${fn.name}: ${declaredAt(fn)}`;
  if (fn.policy.Statement.length === 0) return `${comment}\n# needs no AWS permission`;
  const statements = fn.policy.Statement.map((statement) => statementBlock(statement, fn));
  return [comment, `data "aws_iam_policy_document" ${hclString(dataName(fn.name))} {`, statements.join('\n\n'), '}'].join('\n');
}

function statementBlock(statement: Statement, fn: FunctionResult): string {
  const resourceArns = fn.iac?.at.kind === 'terraform' ? fn.iac.resourceArns : {};
  const resources = (value: string | string[]): string => hclList(asList(value).map((arn) => arnExpression(arnParts(arn, resourceArns, 'terraform'))));
  const actions = (value: string | string[]): string => hclList(asList(value).map(hclString));
  const attributes: Array<[string, string]> = [
    ...(statement.Sid === undefined ? [] : [['sid', hclString(statement.Sid)] as [string, string]]),
    ...(statement.Effect === 'Deny' ? [['effect', hclString('Deny')] as [string, string]] : []),
    ...(statement.Action === undefined ? [] : [['actions', actions(statement.Action)] as [string, string]]),
    ...(statement.NotAction === undefined ? [] : [['not_actions', actions(statement.NotAction)] as [string, string]]),
    ...(statement.Resource === undefined ? [] : [['resources', resources(statement.Resource)] as [string, string]]),
    ...(statement.NotResource === undefined ? [] : [['not_resources', resources(statement.NotResource)] as [string, string]]),
  ];
  const body = [alignedAttributes(attributes, '    '), ...conditionBlocks(statement.Condition)];
  return `  statement {\n${body.join('\n\n')}\n  }`;
}

function conditionBlocks(condition: Condition | undefined): string[] {
  const blocks: string[] = [];
  for (const [test, keys] of Object.entries(condition ?? {})) {
    for (const [variable, values] of Object.entries(keys)) {
      const attributes: Array<[string, string]> = [
        ['test', hclString(test)],
        ['variable', hclString(variable)],
        ['values', hclList(asList(values).map(hclString))],
      ];
      blocks.push(`    condition {\n${alignedAttributes(attributes, '      ')}\n    }`);
    }
  }
  return blocks;
}

function arnExpression(parts: ArnPart[]): string {
  const [only] = parts;
  if (parts.length === 1 && only !== undefined && 'resource' in only) return traversal(only);
  const body = parts.map((part) => ('text' in part ? escapeTemplate(part.text) : 'resource' in part ? `\${${traversal(part)}}` : ''));
  return `"${body.join('')}"`;
}

function traversal(part: { resource: string; attribute?: string }): string {
  return part.attribute === undefined ? part.resource : `${part.resource}.${part.attribute}`;
}

/** `terraform fmt` aligns the `=` of consecutive one-line attributes one space after the longest name. */
function alignedAttributes(attributes: Array<[string, string]>, indent: string): string {
  const width = Math.max(...attributes.map(([name]) => name.length));
  return attributes.map(([name, value]) => `${indent}${name.padEnd(width)} = ${value}`).join('\n');
}

function hclList(items: string[]): string {
  return `[${items.join(', ')}]`;
}

function hclString(text: string): string {
  return `"${escapeTemplate(text)}"`;
}

/** Text inside an HCL quoted string: `${` and `%{` start templates, so IAM's own `${aws:username}` is written `$${aws:username}`. */
function escapeTemplate(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, '%%{');
}

/** A Terraform block label: letters, digits, `_` and `-`, not starting with a digit. */
function dataName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_-]+/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `fn_${cleaned}`;
}

function asList(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}
