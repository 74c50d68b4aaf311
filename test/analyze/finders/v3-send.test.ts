import { describe, expect, test } from 'vitest';
import { callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'named import',
    files: { 'index.ts': `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({});\nexport const handler = async () => s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }));\n` },
    calls: [['s3', 'GetObject', 3]],
  },
  {
    name: 'aliased import and command built first',
    files: { 'index.ts': `import { SQSClient as Q, SendMessageCommand as Send } from '@aws-sdk/client-sqs';\nconst q = new Q({});\nexport async function handler() {\n  const command = new Send({ QueueUrl: 'u', MessageBody: 'x' });\n  await q.send(command);\n}\n` },
    calls: [['sqs', 'SendMessage', 5]],
  },
  {
    name: 'namespace import',
    files: { 'index.ts': `import * as sns from '@aws-sdk/client-sns';\nconst client = new sns.SNSClient({});\nexport const handler = async () => {\n  await client.send(new sns.PublishCommand({ TopicArn: 't', Message: 'm' }));\n};\n` },
    calls: [['sns', 'Publish', 4]],
  },
  {
    name: 'a dynamic import resolved in .then, and a client factory resolved in .then',
    files: { 'index.mjs': `const ready = import('@aws-sdk/client-ssm').then(({ SSMClient, GetParameterCommand }) =>\n  new SSMClient({}).send(new GetParameterCommand({ Name: '/app/param' })));\nimport { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';\nconst client = async () => new SQSClient({});\nexport const handler = async () => {\n  await client().then((sqs) => sqs.send(new SendMessageCommand({ QueueUrl: 'u', MessageBody: 'm' })));\n  return ready;\n};\n` },
    calls: [['ssm', 'GetParameter', 2], ['sqs', 'SendMessage', 6]],
  },
  {
    name: 'destructured require in CommonJS',
    files: { 'index.js': `const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');\nconst db = new DynamoDBClient({});\nexports.handler = async () => {\n  await db.send(new PutItemCommand({ TableName: 't', Item: {} }));\n};\n` },
    calls: [['dynamodb', 'PutItem', 4]],
  },
  {
    name: 'await import()',
    files: { 'index.ts': `export const handler = async () => {\n  const { SFNClient, StartExecutionCommand } = await import('@aws-sdk/client-sfn');\n  const sfn = new SFNClient({});\n  await sfn.send(new StartExecutionCommand({ stateMachineArn: 'a' }));\n};\n` },
    calls: [['sfn', 'StartExecution', 4]],
  },
  {
    name: 'receiver unknown: the command decides',
    files: { 'index.ts': `import { DeleteObjectCommand } from '@aws-sdk/client-s3';\nexport const handler = async (event: any, client: any) => client.send(new DeleteObjectCommand({ Bucket: 'b', Key: 'k' }));\n` },
    calls: [['s3', 'DeleteObject', 2]],
  },
  {
    name: 'a non-AWS send makes no call',
    files: { 'index.ts': `import { createClient } from 'redis';\nclass PutObjectCommand { constructor(readonly x: unknown) {} }\nconst redis = createClient();\nexport const handler = async () => { await redis.send(new PutObjectCommand({})); };\n` },
    calls: [],
  },
];

describe('v3-send', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });
});
