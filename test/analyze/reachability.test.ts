import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeFunctions } from '../../src/analyze/analyze-functions.js';
import { callTriples, writeProject } from './analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'a function nothing calls, and code in comments, do not count',
    files: { 'index.ts': `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({});\n// s3.send(new GetObjectCommand({}))\nfunction unused() { return s3.send(new GetObjectCommand({ Bucket: 'x' })); }\nexport const handler = async () => 'ok';\n` },
    calls: [],
  },
  {
    name: 'callbacks passed along are reachable',
    files: { 'index.ts': `import { SQS } from '@aws-sdk/client-sqs';\nconst sqs = new SQS({});\nasync function forward(id: string) { return sqs.sendMessage({ QueueUrl: 'q', MessageBody: id }); }\nexport const handler = async (event: { ids: string[] }) => Promise.all(event.ids.map(forward));\n` },
    calls: [['sqs', 'SendMessage', 3]],
  },
  {
    name: 'functions looked up dynamically in a map are all included',
    files: { 'index.ts': `import { SNS } from '@aws-sdk/client-sns';\nconst sns = new SNS({});\nconst actions = {\n  a: () => sns.publish({ TopicArn: 'a', Message: 'm' }),\n  b: () => sns.subscribe({ TopicArn: 'b', Protocol: 'sqs' }),\n};\nexport const handler = async (event: { type: 'a' | 'b' }) => actions[event.type]();\n` },
    calls: [['sns', 'Publish', 4], ['sns', 'Subscribe', 5]],
  },
  {
    name: 'a function picked from a map into a const, with a fallback, and then called',
    files: { 'index.ts': `import { SNS } from '@aws-sdk/client-sns';\nconst sns = new SNS({});\nconst actions = {\n  a: async () => sns.publish({ TopicArn: 'a', Message: 'm' }),\n  b: async () => sns.subscribe({ TopicArn: 'b', Protocol: 'sqs' }),\n};\nexport const handler = async (event: { type: 'a' | 'b' }) => {\n  const run = actions[event.type] ?? actions.a;\n  return run();\n};\n` },
    calls: [['sns', 'Publish', 4], ['sns', 'Subscribe', 5]],
  },
  {
    name: 'middy-wrapped handler reaches its base handler',
    files: { 'index.ts': `import middy from '@middy/core';\nimport { S3 } from '@aws-sdk/client-s3';\nconst s3 = new S3({});\nconst baseHandler = async () => s3.listBuckets({});\nexport const handler = middy(baseHandler).use({ before: async () => undefined });\n` },
    calls: [['s3', 'ListBuckets', 4]],
  },
  {
    name: 'module.exports = { handler } in CommonJS',
    files: { 'index.js': `const AWS = require('aws-sdk');\nconst sqs = new AWS.SQS();\nasync function handler() { return sqs.sendMessage({ QueueUrl: 'q', MessageBody: 'm' }).promise(); }\nasync function other() { return sqs.deleteQueue({ QueueUrl: 'q' }).promise(); }\nmodule.exports = { handler, other };\n` },
    calls: [['sqs', 'SendMessage', 3]],
  },
  {
    name: 'test files are never part of the function',
    files: {
      'index.ts': `import { helper } from './helper.js';\nexport const handler = async () => helper();\n`,
      'helper.ts': `export const helper = () => 1;\n`,
      'helper.test.ts': `import { S3 } from '@aws-sdk/client-s3';\nimport { helper } from './helper.js';\nnew S3({}).deleteBucket({ Bucket: 'b' });\nhelper();\n`,
    },
    calls: [],
  },
];

describe('reachability', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });

  test('two functions sharing a library get only the parts each reaches', () => {
    const dir = writeProject({
      'lib/orders.ts': `import { DynamoDBClient, PutItemCommand, GetItemCommand } from '@aws-sdk/client-dynamodb';\nconst db = new DynamoDBClient({});\nexport const createOrder = () => db.send(new PutItemCommand({ TableName: 'orders', Item: {} }));\nexport const getOrder = () => db.send(new GetItemCommand({ TableName: 'orders', Key: {} }));\n`,
      'create.ts': `import { createOrder } from './lib/orders.js';\nexport const handler = async () => createOrder();\n`,
      'get.ts': `import { getOrder } from './lib/orders.js';\nexport const handler = async () => getOrder();\n`,
    });
    const results = analyzeFunctions(
      [
        { name: 'create', entry: join(dir, 'create.ts') },
        { name: 'get', entry: join(dir, 'get.ts') },
      ],
      { env: new Map() },
    );
    expect(results.map((r) => [r.name, r.calls.map((c) => `${c.operation}:${c.at.line}`)])).toEqual([
      ['create', ['PutItem:3']],
      ['get', ['GetItem:4']],
    ]);
  });
});
