import { describe, expect, test } from 'vitest';
import { analyzeSource, callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'bind, promisify and call on a v2 client',
    files: {
      'index.ts': [
        `import * as AWS from 'aws-sdk';`,
        `import { promisify } from 'node:util';`,
        `const kinesis = new AWS.Kinesis();`,
        `const put = kinesis.putRecord.bind(kinesis);`,
        `const putAll = promisify(kinesis.putRecords.bind(kinesis));`,
        `export const handler = async () => {`,
        `  put({ StreamName: 'a', PartitionKey: 'k', Data: 'x' }, () => undefined);`,
        `  await putAll({ StreamName: 'b', Records: [] });`,
        `  await kinesis.describeStream.call(kinesis, { StreamName: 'c' }).promise();`,
        `  await kinesis.listStreams({}).promise();`,
        `};`,
      ].join('\n'),
    },
    // The direct call (line 10) is reported once, by the client finder.
    calls: [['kinesis', 'PutRecord', 7], ['kinesis', 'PutRecords', 8], ['kinesis', 'DescribeStream', 9], ['kinesis', 'ListStreams', 10]],
  },
  {
    name: 'a bound method of an aggregated v3 client, handed to a helper',
    files: {
      'index.ts': [
        `import { S3 } from '@aws-sdk/client-s3';`,
        `import { withRetry } from './retry.js';`,
        `const s3 = new S3({});`,
        `export const handler = async () => withRetry(s3.headObject.bind(s3), { Bucket: 'docs', Key: 'k' });`,
      ].join('\n'),
      'retry.ts': `export async function withRetry<T, R>(fn: (input: T) => Promise<R>, input: T): Promise<R> {\n  return fn(input);\n}\n`,
    },
    calls: [['s3', 'HeadObject', 2]],
  },
  {
    name: 'a method of something that is no client is not an AWS call',
    files: {
      'index.ts': [
        `const cache = { get: (key: string) => key };`,
        `const read = cache.get.bind(cache);`,
        `export const handler = async () => read('x');`,
      ].join('\n'),
    },
    calls: [],
  },
];

describe('method-reference', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });

  test('the input is read where the bound method is called', () => {
    const fn = analyzeSource({
      'index.js': `const AWS = require('aws-sdk');\nconst ddb = new AWS.DynamoDB.DocumentClient();\nconst get = ddb.get.bind(ddb);\nexports.handler = async (event) => get({ TableName: 'orders', Key: { id: event.id } }).promise();\n`,
    });
    expect(fn.calls.map((call) => [call.service, call.operation, (call.input as { TableName?: string }).TableName])).toEqual([['lib-dynamodb', 'Get', 'orders']]);
  });
});
