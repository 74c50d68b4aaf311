import type { ValueParser } from './value-parser.js';
import { splitArn } from './arn-parts.js';

// The parameter ARN is "parameter/" + the name without its leading "/", never "parameter//a/b".
// https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-access.html

/** "/a/b" -> "a/b"; an ARN stays itself. ParameterPathPrefix ("a/b/") is for GetParametersByPath's "path/*". */
export const parseSsmParameterName: ValueParser = (value) => {
  if (value === undefined) return [];
  const arn = splitArn(value);
  if (arn) {
    const name = arn.resource.replace(/^parameter\//, '');
    const vars = { Partition: arn.partition, Region: arn.region, Account: arn.account };
    return [{ arn: value, vars: { ...vars, ParameterNameWithoutLeadingSlash: name, ParameterPathPrefix: pathPrefix(name) } }];
  }
  const name = value.replace(/^\//, '');
  return [{ vars: { ParameterNameWithoutLeadingSlash: name === '' ? '*' : name, ParameterPathPrefix: pathPrefix(name) } }];
};

function pathPrefix(name: string): string {
  if (name === '' || name.endsWith('/') || name.endsWith('*')) return name;
  return `${name}/`;
}
