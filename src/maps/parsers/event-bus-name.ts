import type { ValueParser } from './value-parser.js';
import { splitArn } from './arn-parts.js';

// PutEvents entries without EventBusName go to the account's "default" bus; the field also takes an ARN.
// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html

/** Event bus name or ARN -> EventBusName (or the ARN itself); absent -> "default". */
export const parseEventBusName: ValueParser = (value) => {
  if (value === undefined) return [{ vars: { EventBusName: 'default' } }];
  if (value === '') return [{ vars: { EventBusName: '*' } }];
  const arn = splitArn(value);
  if (!arn) return [{ vars: { EventBusName: value } }];
  const busName = /^event-bus\/(.+)$/.exec(arn.resource)?.[1] ?? '*';
  return [{ arn: value, vars: { Partition: arn.partition, Region: arn.region, Account: arn.account, EventBusName: busName } }];
};
