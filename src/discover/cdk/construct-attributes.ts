import type { ConstructDescription } from '../../analyze/cdk/cdk-source-model.js';
import type { CallContext, Value } from '../../model.js';
import { concatenate } from '../../resolve/string-values.js';
import { alternativesOf, oneOf } from '../../resolve/value-kinds.js';
import { physicalName, resourceKinds } from './physical-names.js';

/**
 * What `construct.attribute` is at deploy time (`table.tableArn`), or undefined for an attribute not
 * modelled. `stackName`, when known, starts the names CloudFormation generates.
 */
export function attributeValue(construct: ConstructDescription, attribute: string, context: CallContext, stackName?: string): Value | undefined {
  const kind = resourceKinds[construct.type];
  const template = kind?.attributes[attribute];
  if (!kind || template === undefined) return undefined;
  if (construct.imported && /Arn$/.test(construct.imported.method) && attribute === kind.arnAttribute) return construct.imported.value;
  return fillTemplate(template, physicalName(construct, kind, stackName), context);
}

/** The ARN pattern of a construct of a modelled type. */
export function arnOf(construct: ConstructDescription, context: CallContext, stackName?: string): Value | undefined {
  const kind = resourceKinds[construct.type];
  return kind && attributeValue(construct, kind.arnAttribute, context, stackName);
}

function fillTemplate(template: string, name: Value, context: CallContext): Value {
  const pieces: Value[] = [];
  const pattern = /\{(name|nameWithoutSlash|partition|region|account|urlSuffix)\}/g;
  let last = 0;
  for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
    pieces.push(template.slice(last, match.index));
    pieces.push(placeholder(match[1] as string, name, context));
    last = match.index + match[0].length;
  }
  pieces.push(template.slice(last));
  return concatenate(pieces, (why) => ({ $unknown: why }));
}

function placeholder(key: string, name: Value, context: CallContext): Value {
  if (key === 'name') return name;
  if (key === 'nameWithoutSlash') {
    return oneOf(alternativesOf(name).map((option) => (typeof option === 'string' ? option.replace(/^\//, '') : option)), () => ({ $unknown: 'too many names' }));
  }
  if (key === 'urlSuffix') return context.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
  return context[key as 'partition' | 'region' | 'account'];
}
