import type { ValueParser } from './value-parser.js';
import { splitArn } from './arn-parts.js';

// Secret ARNs end in "-" and six random characters that the name never carries, so a name
// matches "NAME-??????". A secret named "db-abcdef" is still a name: "db-abcdef-??????".
// https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_iam-policies.html
const randomSuffix = '-??????';

function withSuffix(name: string): string {
  // A trailing unknown part already covers the suffix.
  return name.endsWith('*') ? name : `${name}${randomSuffix}`;
}

/** A secret name -> SecretId "NAME-??????"; a full ARN -> itself; a partial ARN (no suffix) -> ARN-??????. */
export const parseSecretId: ValueParser = (value) => {
  if (value === undefined) return [];
  const arn = splitArn(value);
  if (!arn) return [{ vars: { SecretId: value === '' ? '*' : withSuffix(value) } }];
  const name = arn.resource.replace(/^secret:/, '');
  const vars = { Partition: arn.partition, Region: arn.region, Account: arn.account };
  // Only an ARN can end in the random suffix; one without it is a partial ARN, which AWS accepts.
  // https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot.html#ARN_secretnamehyphen
  const isFullArn = /-[A-Za-z0-9]{6}$/.test(name);
  const secretId = isFullArn ? name : withSuffix(name);
  return [{ arn: isFullArn ? value : `${value.slice(0, -name.length)}${secretId}`, vars: { ...vars, SecretId: secretId } }];
};
