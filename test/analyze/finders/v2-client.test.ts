import { describe, expect, test } from 'vitest';
import { analyzeSource, callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'new AWS.S3() with promise and callback styles',
    files: { 'index.js': `const AWS = require('aws-sdk');\nconst s3 = new AWS.S3();\nexports.handler = async () => {\n  await s3.getObject({ Bucket: 'b', Key: 'k' }).promise();\n  s3.putObject({ Bucket: 'b', Key: 'k' }, (err) => console.log(err));\n};\n` },
    calls: [['s3', 'GetObject', 4], ['s3', 'PutObject', 5]],
  },
  {
    name: 'named import from aws-sdk and clients path',
    files: { 'index.ts': `import { SQS } from 'aws-sdk';\nimport SNS from 'aws-sdk/clients/sns';\nconst sqs = new SQS();\nconst sns = new SNS({ region: 'eu-west-1' });\nexport const handler = async () => {\n  await sqs.sendMessage({ QueueUrl: 'u', MessageBody: 'b' }).promise();\n  await sns.publish({ TopicArn: 't', Message: 'm' }).promise();\n};\n` },
    calls: [['sqs', 'SendMessage', 6], ['sns', 'Publish', 7]],
  },
  {
    name: 'getSignedUrl, upload and createPresignedPost',
    files: { 'index.js': `const S3 = require('aws-sdk/clients/s3');\nconst s3 = new S3();\nexports.handler = async () => {\n  const url = s3.getSignedUrl('putObject', { Bucket: 'b', Key: 'k' });\n  await s3.upload({ Bucket: 'b', Key: 'k', Body: 'x' }).promise();\n  s3.createPresignedPost({ Bucket: 'b' });\n  return s3.getSignedUrlPromise('getObject', { Bucket: 'b', Key: 'k' });\n};\n` },
    calls: [['s3', 'PutObject', 4], ['lib-storage', 'Upload', 5], ['s3', 'PutObject', 6], ['s3', 'GetObject', 7]],
  },
];

describe('v2-client', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });

  test('a service object made without a region takes the one AWS.config sets, in any file of the function', () => {
    const fn = analyzeSource({
      'index.js': `const AWS = require('aws-sdk');\nAWS.config.update({ region: 'eu-west-1' });\nconst { save } = require('./orders');\nexports.handler = async () => save();\n`,
      'orders.js': `const AWS = require('aws-sdk');\nconst db = new AWS.DynamoDB.DocumentClient();\nconst sns = new AWS.SNS({ region: 'us-west-2' });\nexports.save = async () => {\n  await db.put({ TableName: 'orders', Item: {} }).promise();\n  await sns.publish({ TopicArn: 't', Message: 'm' }).promise();\n};\n`,
    });
    expect(fn.calls.map((call) => [call.operation, call.clientConfig?.region])).toEqual([['Put', 'eu-west-1'], ['Publish', 'us-west-2']]);
  });

  test('two different global regions leave the calls without one', () => {
    const fn = analyzeSource({
      'index.js': `const AWS = require('aws-sdk');\nAWS.config.region = 'eu-west-1';\nif (process.env.X) AWS.config.update({ region: 'ap-south-1' });\nexports.handler = async () => new AWS.SQS().sendMessage({ QueueUrl: 'u', MessageBody: 'm' }).promise();\n`,
    });
    expect(fn.calls.map((call) => [call.operation, call.clientConfig?.region])).toEqual([['SendMessage', undefined]]);
  });
});
