import { describe, expect, it } from 'vitest';
import { parseDsqlHostname } from '../../../src/maps/parsers/dsql-hostname.js';
import type { ParsedValue } from '../../../src/maps/parsers/value-parser.js';
import { testContext } from './context.js';

const cluster = (id: string, Region: string): ParsedValue[] => [{ vars: { Identifier: id, ClusterId: id, Region } }];
const clusterArn = 'arn:aws:dsql:us-east-2:111122223333:cluster/abcdefghijklmnopqrst';

const cases: Array<[string | undefined, ParsedValue[]]> = [
  ['abcdefghijklmnopqrst.dsql.us-east-1.on.aws', cluster('abcdefghijklmnopqrst', 'us-east-1')],
  ['postgres://abcdefghijklmnopqrst.dsql.eu-west-1.on.aws:5432/postgres', cluster('abcdefghijklmnopqrst', 'eu-west-1')],
  ['*.dsql.us-east-1.on.aws', cluster('*', 'us-east-1')],
  ['db.example.com', cluster('*', '*')],
  ['*', cluster('*', '*')],
  [
    clusterArn,
    [
      {
        arn: clusterArn,
        vars: { Partition: 'aws', Region: 'us-east-2', Account: '111122223333', Identifier: 'abcdefghijklmnopqrst', ClusterId: 'abcdefghijklmnopqrst' },
      },
    ],
  ],
  [undefined, []],
];

describe('dsql-hostname', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parseDsqlHostname(value, testContext)).toEqual(expected);
  });
});
