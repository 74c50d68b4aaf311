import type { ParsedValue, ValueParser } from './value-parser.js';
import { splitArn } from './arn-parts.js';

// A call through an alias is authorized on the key the alias points to, which the code does not
// name; "key/*" limited by kms:RequestAlias is the narrowest statement that still works.
// https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-request-alias

function aliasReading(alias: string, vars: Record<string, string>): ParsedValue {
  return {
    vars: { ...vars, KeyId: '*', Alias: alias.replace(/^alias\//, '') },
    conditions: [{ op: alias.includes('*') ? 'StringLike' : 'StringEquals', key: 'kms:RequestAlias', value: alias }],
  };
}

/** Key id | key ARN | "alias/x" | alias ARN -> KeyId (or the key ARN), or key/* plus kms:RequestAlias. */
export const parseKmsKeyId: ValueParser = (value) => {
  if (value === undefined) return [];
  if (value === '') return [{ vars: { KeyId: '*' } }];
  const arn = splitArn(value);
  if (!arn) {
    if (value.startsWith('alias/')) return [aliasReading(value, {})];
    return [{ vars: { KeyId: value } }];
  }
  const vars = { Partition: arn.partition, Region: arn.region, Account: arn.account };
  if (arn.resource.startsWith('alias/')) return [aliasReading(arn.resource, vars)];
  const keyId = /^key\/(.+)$/.exec(arn.resource)?.[1];
  if (keyId === undefined) return [{ vars: { ...vars, KeyId: '*' } }];
  return [{ arn: value, vars: { ...vars, KeyId: keyId } }];
};
