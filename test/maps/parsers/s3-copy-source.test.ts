import { describe, expect, it } from 'vitest';
import { parseS3CopySource } from '../../../src/maps/parsers/s3-copy-source.js';
import type { ParsedValue } from '../../../src/maps/parsers/value-parser.js';
import { testContext } from './context.js';

const object = (BucketName: string, ObjectName: string, VersionId?: string): ParsedValue[] => [
  { vars: VersionId === undefined ? { BucketName, ObjectName } : { BucketName, ObjectName, VersionId } },
];

const accessPointArn = 'arn:aws:s3:us-west-2:111122223333:accesspoint/my-ap/object/reports/a.csv';

const cases: Array<[string | undefined, ParsedValue[]]> = [
  ['src/k1', object('src', 'k1')],
  ['/src/dir/k1', object('src', 'dir/k1')],
  ['src/my%20file%2B1.txt', object('src', 'my file+1.txt')],
  ['src/k1?versionId=3HL4kqtJlcpXroDTDmJ%2Brmsr', object('src', 'k1', '3HL4kqtJlcpXroDTDmJ+rmsr')],
  ['src/what%3F.txt', object('src', 'what?.txt')],
  ['src/bad%zzkey', object('src', 'bad%zzkey')],
  ['*/k1', object('*', 'k1')],
  ['src/*', object('src', '*')],
  ['src-*', object('src-*', '*')],
  ['*', object('*', '*')],
  ['bucket-only', object('*', '*')],
  ['', object('*', '*')],
  [
    accessPointArn,
    [
      {
        arn: accessPointArn,
        vars: { Partition: 'aws', Region: 'us-west-2', Account: '111122223333', AccessPointName: 'my-ap', ObjectName: 'reports/a.csv' },
      },
    ],
  ],
  [
    'arn%3Aaws%3As3%3Aus-west-2%3A111122223333%3Aaccesspoint%2Fmy-ap%2Fobject%2Fk?versionId=v1',
    [
      {
        arn: 'arn:aws:s3:us-west-2:111122223333:accesspoint/my-ap/object/k',
        vars: { Partition: 'aws', Region: 'us-west-2', Account: '111122223333', AccessPointName: 'my-ap', ObjectName: 'k', VersionId: 'v1' },
      },
    ],
  ],
  ['arn:aws:s3:us-west-2:111122223333:accesspoint/my-ap', object('*', '*')],
  [undefined, []],
];

describe('s3-copy-source', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parseS3CopySource(value, testContext)).toEqual(expected);
  });
});
