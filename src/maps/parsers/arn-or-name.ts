import type { ValueParser } from './value-parser.js';
import { splitArn } from './arn-parts.js';

/**
 * A value that is either a full ARN (used as is) or a name. `Name` is the name, or the last
 * "/"- or ":"-separated part of the ARN, for rules that bind it to a template variable.
 */
export const parseArnOrName: ValueParser = (value) => {
  if (value === undefined) return [];
  if (value === '') return [{ vars: { Name: '*' } }];
  const arn = splitArn(value);
  if (!arn) return [{ vars: { Name: value } }];
  const name = arn.resource.split(/[/:]/).pop() ?? '*';
  return [
    {
      arn: value,
      vars: { Partition: arn.partition, Region: arn.region, Account: arn.account, Name: name === '' ? '*' : name },
    },
  ];
};
