import { describe, expect, test } from 'vitest';
import type { Value } from '../../src/model.js';
import { valueToPattern } from '../../src/resolve/value-to-pattern.js';
import { analyzeSource } from './analyze-source.js';

// What reaches a call's input through class fields and helper libraries, read by the whole analyzer:
// [operation, input key, the key's value as IAM patterns].
const cases: Array<{ name: string; files: Record<string, string>; env?: Record<string, string>; inputs: Array<[string, string, string[]]> }> = [
  {
    name: 'a target object passed to a parameter property and read back as this.target.bucket',
    files: {
      'index.ts': `import { S3Client } from '@aws-sdk/client-s3';\nimport { Archiver } from './archiver.js';\nconst archiver = new Archiver(new S3Client({}), { bucket: process.env.BUCKET ?? 'dev' });\nexport const handler = async (event: { key: string }) => archiver.archive(event.key);\n`,
      'archiver.ts': `import { CopyObjectCommand, type S3Client } from '@aws-sdk/client-s3';\nexport class Archiver {\n  constructor(private readonly s3: S3Client, private readonly target: { bucket: string }) {}\n  archive(key: string) {\n    return this.s3.send(new CopyObjectCommand({ Bucket: this.target.bucket, Key: \`archive/\${key}\`, CopySource: 'src/k' }));\n  }\n}\n`,
    },
    env: { BUCKET: 'acme-archive' },
    inputs: [['CopyObject', 'Bucket', ['acme-archive']], ['CopyObject', 'Key', ['archive/*']]],
  },
  {
    name: 'a v2 SQS client and a queue URL injected through a JavaScript constructor',
    files: {
      'index.js': `const { SQS } = require('aws-sdk');\nconst { Acker } = require('./acker');\nconst acker = new Acker(new SQS(), { queueUrl: process.env.QUEUE_URL });\nexports.handler = async (event) => acker.ack(event.handle);\n`,
      'acker.js': `class Acker {\n  constructor(sqs, options) {\n    this.sqs = sqs;\n    this.queueUrl = options.queueUrl;\n  }\n  ack(handle) { return this.sqs.deleteMessage({ QueueUrl: this.queueUrl, ReceiptHandle: handle }).promise(); }\n}\nmodule.exports = { Acker };\n`,
    },
    env: { QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs' },
    inputs: [['DeleteMessage', 'QueueUrl', ['https://sqs.us-east-1.amazonaws.com/123456789012/jobs']]],
  },
  {
    name: 'a subclass without a constructor hands its arguments to the base class',
    files: {
      'index.ts': `import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';\nclass Base {\n  constructor(protected readonly table: string, private readonly db = new DynamoDBClient({})) {}\n  get() { return this.db.send(new GetItemCommand({ TableName: this.table, Key: {} })); }\n}\nclass Orders extends Base {}\nconst orders = new Orders('orders');\nexport const handler = async () => orders.get();\n`,
    },
    inputs: [['GetItem', 'TableName', ['orders']]],
  },
  {
    name: 'a static readonly table name',
    files: {
      'index.ts': `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';\nconst db = new DynamoDBClient({});\nclass Users {\n  static readonly TABLE = 'users';\n  static save() { return db.send(new PutItemCommand({ TableName: Users.TABLE, Item: {} })); }\n}\nexport const handler = async () => Users.save();\n`,
    },
    inputs: [['PutItem', 'TableName', ['users']]],
  },
  {
    name: 'a static field of a class in another file, read through an imported alias and a computed name',
    files: {
      'index.ts': `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';\nimport { Tables as T } from './tables.js';\nconst db = new DynamoDBClient({});\nexport const handler = async () => db.send(new PutItemCommand({ TableName: T.USERS + T.SUFFIX, Item: {} }));\n`,
      'tables.js': `export class Tables {\n  static USERS = 'users';\n  static ['SUFFIX'] = '-prod';\n}\n`,
    },
    inputs: [['PutItem', 'TableName', ['users-prod']]],
  },
  {
    name: 'an instance known only by its type leaves the field a wildcard',
    files: {
      'index.ts': `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';\nexport class Reader {\n  constructor(private readonly s3: S3Client, private readonly bucket: string) {}\n  read() { return this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: 'k' })); }\n}\nexport const handler = async (reader: Reader) => reader.read();\n`,
    },
    inputs: [['GetObject', 'Bucket', ['*']]],
  },
  {
    name: 'middy ssm fetchData: each name is an element of GetParameters Names',
    files: {
      'index.ts': `import middy from '@middy/core';\nimport ssm from '@middy/ssm';\nconst STAGE = process.env.STAGE;\nexport const handler = middy(async () => 1).use(ssm({ fetchData: { settings: \`/app/\${STAGE}/settings\` } }));\n`,
    },
    env: { STAGE: 'prod' },
    inputs: [['GetParameters', 'Names', ['/app/prod/settings']]],
  },
];

describe('call inputs through class fields and helper libraries', () => {
  test.each(cases)('$name', ({ files, env, inputs }) => {
    const { calls } = analyzeSource(files, undefined, env);
    const found = inputs.map(([operation, key]) => {
      const call = calls.find((c) => c.operation === operation);
      const value = call && (call.input as Record<string, Value>)[key];
      return [operation, key, value === undefined ? [] : patternsOf(value)];
    });
    expect(found).toEqual(inputs);
  });
});

// A list (GetParameters Names) is read element by element, as the action maps read it.
function patternsOf(value: Value): string[] {
  return Array.isArray(value) ? value.flatMap(valueToPattern) : valueToPattern(value);
}
