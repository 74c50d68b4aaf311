import { describe, expect, it } from 'vitest';
import { parseEventBusName } from '../../../src/maps/parsers/event-bus-name.js';
import type { ParsedValue } from '../../../src/maps/parsers/value-parser.js';
import { testContext } from './context.js';

const busArn = 'arn:aws:events:eu-west-1:111122223333:event-bus/orders';

const cases: Array<[string | undefined, ParsedValue[]]> = [
  [undefined, [{ vars: { EventBusName: 'default' } }]],
  ['orders', [{ vars: { EventBusName: 'orders' } }]],
  ['*', [{ vars: { EventBusName: '*' } }]],
  ['', [{ vars: { EventBusName: '*' } }]],
  [busArn, [{ arn: busArn, vars: { Partition: 'aws', Region: 'eu-west-1', Account: '111122223333', EventBusName: 'orders' } }]],
  [
    'arn:aws:events:eu-west-1:111122223333:rule/x',
    [{ arn: 'arn:aws:events:eu-west-1:111122223333:rule/x', vars: { Partition: 'aws', Region: 'eu-west-1', Account: '111122223333', EventBusName: '*' } }],
  ],
];

describe('event-bus-name', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parseEventBusName(value, testContext)).toEqual(expected);
  });
});
