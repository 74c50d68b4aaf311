import type { ValueParser } from './value-parser.js';
import { splitArn } from './arn-parts.js';

// FunctionName accepts a name, a partial ARN "<account>:function:<name>" or a full ARN, each with an
// optional ":<version or alias>". https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
// The parser never gives a whole ARN: the rules build the unqualified and qualified ARNs from the parts.

function nameAndQualifier(text: string): Record<string, string> {
  const [name = '', qualifier, ...rest] = text.split(':');
  if (name === '' || rest.length > 0 || qualifier === '') return { FunctionName: '*' };
  return qualifier === undefined ? { FunctionName: name } : { FunctionName: name, Qualifier: qualifier };
}

/** name | name:qualifier | account:function:name | full ARN -> FunctionName, Qualifier, Region, Account. */
export const parseLambdaFunctionName: ValueParser = (value) => {
  if (value === undefined) return [];
  if (value === '') return [{ vars: { FunctionName: '*' } }];
  const arn = splitArn(value);
  if (arn) {
    const functionPart = /^function:(.+)$/.exec(arn.resource);
    const vars = { Partition: arn.partition, Region: arn.region, Account: arn.account };
    return [{ vars: { ...vars, ...nameAndQualifier(functionPart?.[1] ?? '') } }];
  }
  const partial = /^(\d{12}|\*):function:(.+)$/.exec(value);
  if (partial) return [{ vars: { Account: partial[1] ?? '*', ...nameAndQualifier(partial[2] ?? '') } }];
  return [{ vars: nameAndQualifier(value) }];
};
