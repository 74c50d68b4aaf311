import { describe, expect, it } from 'vitest';
import { parseS3Uri } from '../../../src/maps/parsers/s3-uri.js';
import { testContext } from './context.js';

const cases: Array<[string | undefined, Record<string, string>[]]> = [
  ['s3://acme-athena-results/clickstream/', [{ BucketName: 'acme-athena-results', ObjectName: 'clickstream/*' }]],
  ['s3://acme-athena-results/clickstream', [{ BucketName: 'acme-athena-results', ObjectName: 'clickstream/*' }]],
  ['s3://acme-athena-results/', [{ BucketName: 'acme-athena-results', ObjectName: '*' }]],
  ['s3://acme-athena-results', [{ BucketName: 'acme-athena-results', ObjectName: '*' }]],
  ['s3://*/athena/', [{ BucketName: '*', ObjectName: 'athena/*' }]],
  ['s3://results/runs-*', [{ BucketName: 'results', ObjectName: 'runs-*' }]],
  ['*', [{ BucketName: '*', ObjectName: '*' }]],
  [undefined, []],
];

describe('s3-uri', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parseS3Uri(value, testContext)).toEqual(expected.map((vars) => ({ vars })));
  });
});
