import { describe, expect, it } from 'vitest';
import { parseArnOrName } from '../../../src/maps/parsers/arn-or-name.js';
import type { ParsedValue } from '../../../src/maps/parsers/value-parser.js';
import { testContext } from './context.js';

const arnVars = { Partition: 'aws', Region: 'eu-west-1', Account: '111122223333' };

const cases: Array<[string | undefined, ParsedValue[]]> = [
  ['orders', [{ vars: { Name: 'orders' } }]],
  ['orders-*', [{ vars: { Name: 'orders-*' } }]],
  ['*', [{ vars: { Name: '*' } }]],
  ['', [{ vars: { Name: '*' } }]],
  ['arn:aws:sns:eu-west-1:111122223333:alerts', [{ arn: 'arn:aws:sns:eu-west-1:111122223333:alerts', vars: { ...arnVars, Name: 'alerts' } }]],
  [
    'arn:aws:kinesis:eu-west-1:111122223333:stream/clicks',
    [{ arn: 'arn:aws:kinesis:eu-west-1:111122223333:stream/clicks', vars: { ...arnVars, Name: 'clicks' } }],
  ],
  ['arn:aws:sns', [{ vars: { Name: 'arn:aws:sns' } }]],
  [undefined, []],
];

describe('arn-or-name', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parseArnOrName(value, testContext)).toEqual(expected);
  });
});
