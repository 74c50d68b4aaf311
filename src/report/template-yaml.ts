import { Document, Scalar } from 'yaml';
import type { FunctionResult, Statement } from '../model.js';
import { type ArnPart, arnParts } from './arn-references.js';

// Policy statements as CloudFormation template values, for the sam, cloudformation and serverless
// reports. `short` writes the intrinsics as CloudFormation's YAML tags (`!GetAtt Orders.Arn`,
// `!Sub "..."`); `long` as the mappings every CloudFormation reader takes (`Fn::GetAtt: [Orders, Arn]`),
// which is what serverless.yml is usually written in.

export type IntrinsicForm = 'short' | 'long';

const PSEUDO = { Partition: 'AWS::Partition', Region: 'AWS::Region', AccountId: 'AWS::AccountId' } as const;

/** A statement with its resources rewritten to refer to the function's own template. */
export function templateStatement(statement: Statement, fn: FunctionResult, form: IntrinsicForm): Record<string, unknown> {
  const resourceArns = fn.iac?.resourceArns ?? {};
  // Logical ids mean something only in a CloudFormation-family file; a Terraform address or a CDK
  // construct id would be a dangling reference there.
  const kind = fn.iac?.at.kind;
  const style = kind === 'sam' || kind === 'cloudformation' || kind === 'serverless' ? 'cloudformation' : 'pseudo-only';
  const resource = (arn: string): unknown => intrinsic(arnParts(arn, resourceArns, style), form);
  const resources = (value: string | string[]): unknown => (Array.isArray(value) ? value.map(resource) : resource(value));
  return {
    ...(statement.Sid === undefined ? {} : { Sid: statement.Sid }),
    Effect: statement.Effect,
    ...(statement.Action === undefined ? {} : { Action: statement.Action }),
    ...(statement.NotAction === undefined ? {} : { NotAction: statement.NotAction }),
    ...(statement.Resource === undefined ? {} : { Resource: resources(statement.Resource) }),
    ...(statement.NotResource === undefined ? {} : { NotResource: resources(statement.NotResource) }),
    ...(statement.Condition === undefined ? {} : { Condition: statement.Condition }),
  };
}

function intrinsic(parts: ArnPart[], form: IntrinsicForm): unknown {
  const [only] = parts;
  if (parts.length === 1 && only !== undefined) {
    if ('text' in only) return only.text;
    if ('resource' in only) return form === 'short' ? reference(only) : longReference(only);
  }
  if (form === 'short') return tagged('!Sub', parts.map(subText).join(''), true);
  // In serverless.yml `${...}` is also Serverless's own variable syntax; it leaves `${AWS::...}`
  // alone, but a `${Orders.Arn}` is safer joined than substituted.
  if (parts.every((part) => !('resource' in part))) return { 'Fn::Sub': parts.map(subText).join('') };
  return { 'Fn::Join': ['', parts.map((part) => ('text' in part ? part.text : 'pseudo' in part ? { Ref: PSEUDO[part.pseudo] } : longReference(part)))] };
}

/** `!Ref id` (short) or `{Ref: id}` (long). */
export function refTo(id: string, form: IntrinsicForm): unknown {
  return form === 'short' ? tagged('!Ref', id) : { Ref: id };
}

function reference(part: { resource: string; attribute?: string }): Scalar {
  return part.attribute === undefined ? tagged('!Ref', part.resource) : tagged('!GetAtt', `${part.resource}.${part.attribute}`);
}

function longReference(part: { resource: string; attribute?: string }): unknown {
  return part.attribute === undefined ? { Ref: part.resource } : { 'Fn::GetAtt': [part.resource, part.attribute] };
}

function subText(part: ArnPart): string {
  // `${` in literal text must be written `${!` inside Fn::Sub (an IAM policy variable, say).
  if ('text' in part) return part.text.replaceAll('${', '${!');
  if ('pseudo' in part) return `\${${PSEUDO[part.pseudo]}}`;
  return part.attribute === undefined ? `\${${part.resource}}` : `\${${part.resource}.${part.attribute}}`;
}

function tagged(tag: string, value: string, quoted = false): Scalar {
  const scalar = new Scalar(value);
  scalar.tag = tag;
  if (quoted) scalar.type = 'QUOTE_DOUBLE';
  return scalar;
}

/**
 * YAML 1.1 as render-yaml.ts writes it (`Version: "2012-10-17"` quoted, ARNs never folded, no
 * anchors), after `header` as `#` comment lines.
 */
export function templateYaml(value: unknown, header: string[]): string {
  const document = new Document(value, { version: '1.1', aliasDuplicateObjects: false });
  const comments = header.map((line) => (line === '' ? '#' : `# ${line}`)).join('\n');
  return `${comments}${comments === '' ? '' : '\n'}${document.toString({ lineWidth: 0 })}`;
}

/** The logical id of a function in a SAM or CloudFormation template, or one made from its name (`order-api` -> `OrderApi`). */
export function functionLogicalId(fn: FunctionResult): string {
  if (fn.iac !== undefined && (fn.iac.at.kind === 'sam' || fn.iac.at.kind === 'cloudformation')) {
    const [section, id] = fn.iac.at.path.split('.');
    if (section === 'Resources' && id !== undefined && /^[A-Za-z0-9]+$/.test(id)) return id;
  }
  const id = fn.name.split(/[^A-Za-z0-9]+/).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  return id === '' ? 'Function' : id;
}

/** Where the function is declared, for a comment above its snippet. */
export function declaredAt(fn: FunctionResult): string {
  if (fn.iac === undefined) return fn.entry;
  const line = fn.iac.at.line === undefined ? '' : `:${fn.iac.at.line}`;
  return `${fn.iac.at.file}${line} ${fn.iac.at.path}`;
}
