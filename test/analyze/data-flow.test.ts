import { describe, expect, test } from 'vitest';
import { analyzeSource, callTriples } from './analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'repository class with a client field',
    files: {
      'index.ts': `import { OrderRepo } from './repo.js';\nconst repo = new OrderRepo();\nexport const handler = async () => repo.save({ id: '1' });\n`,
      'repo.ts': `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';\nexport class OrderRepo {\n  private client: DynamoDBClient;\n  constructor() { this.client = new DynamoDBClient({}); }\n  async save(order: { id: string }) {\n    return this.client.send(new PutItemCommand({ TableName: 'orders', Item: { id: { S: order.id } } }));\n  }\n  async remove() { return this.client.send(new PutItemCommand({ TableName: 'never' })); }\n}\n`,
    },
    calls: [['dynamodb', 'PutItem', 6]],
  },
  {
    name: 'client injected through a constructor parameter property (JS, no types)',
    files: {
      'index.js': `const { S3 } = require('@aws-sdk/client-s3');\nconst { Store } = require('./store');\nconst store = new Store(new S3({}));\nexports.handler = async () => store.read('k');\n`,
      'store.js': `class Store {\n  constructor(s3) { this.s3 = s3; }\n  read(key) { return this.s3.getObject({ Bucket: 'b', Key: key }); }\n}\nmodule.exports = { Store };\n`,
    },
    calls: [['s3', 'GetObject', 3]],
  },
  {
    name: 'typed constructor injection of a document client',
    files: {
      'index.ts': `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nimport { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';\nimport { Repo } from './repo.js';\nconst repo = new Repo(DynamoDBDocumentClient.from(new DynamoDBClient({})));\nexport const handler = async () => repo.get('1');\n`,
      'repo.ts': `import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';\nexport class Repo {\n  constructor(private readonly db: DynamoDBDocumentClient) {}\n  get(id: string) { return this.db.send(new GetCommand({ TableName: 't', Key: { id } })); }\n}\n`,
    },
    calls: [['lib-dynamodb', 'Get', 4]],
  },
  {
    name: 'client created in a shared module and re-exported',
    files: {
      'index.ts': `import { sqs } from './lib/index.js';\nexport const handler = async () => sqs.sendMessage({ QueueUrl: 'q', MessageBody: 'm' });\n`,
      'lib/index.ts': `export { sqs } from './clients.js';\n`,
      'lib/clients.ts': `import { SQS } from '@aws-sdk/client-sqs';\nexport const sqs = new SQS({ region: 'us-west-2' });\n`,
    },
    calls: [['sqs', 'SendMessage', 2]],
  },
  {
    name: 'generic send helper called with commands',
    files: {
      'index.ts': `import { PutItemCommand, DeleteItemCommand } from '@aws-sdk/client-dynamodb';\nimport { send } from './db.js';\nexport const handler = async () => {\n  await send(new PutItemCommand({ TableName: 't', Item: {} }));\n};\nexport const other = async () => send(new DeleteItemCommand({ TableName: 't', Key: {} }));\n`,
      'db.ts': `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nconst client = new DynamoDBClient({});\nexport function send(command: any) {\n  return client.send(command);\n}\n`,
    },
    calls: [['dynamodb', 'PutItem', 4]],
  },
  {
    name: 'factory function returning a client, lazily cached',
    files: {
      'index.ts': `import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';\nlet cached: SecretsManagerClient | undefined;\nfunction client() {\n  if (!cached) cached = new SecretsManagerClient({});\n  return cached;\n}\nexport const handler = async () => client().send(new GetSecretValueCommand({ SecretId: 's' }));\n`,
    },
    calls: [['secrets-manager', 'GetSecretValue', 7]],
  },
  {
    name: 'objects that are not AWS clients make no call',
    files: {
      'index.ts': `import axios from 'axios';\nimport { createClient } from 'redis';\nconst redis = createClient();\nconst cache = { getItem: (k: string) => k };\nexport const handler = async () => {\n  await redis.publish('c', 'm');\n  cache.getItem('x');\n  await axios.get('https://example.com');\n};\n`,
    },
    calls: [],
  },
];

describe('data flow: what a value is decides', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });

  test('a wrapper receives the input through its parameters', () => {
    const result = analyzeSource({
      'index.ts': `import { put } from './db.js';\nexport const handler = async () => put('orders');\n`,
      'db.ts': `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';\nconst client = new DynamoDBClient({});\nexport async function put(table: string) {\n  return client.send(new PutItemCommand({ TableName: table, Item: {} }));\n}\n`,
    });
    expect(result.calls.map((call) => call.input)).toEqual([{ TableName: 'orders', Item: {} }]);
  });

  test('a parameter reaches the input through a local copy, a local object, a spread and a closure', () => {
    const result = analyzeSource({
      'index.ts': [
        `import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';`,
        `const s3 = new S3Client({});`,
        `async function copy(key: string) { const k = key; await s3.send(new PutObjectCommand({ Bucket: 'b', Key: k })); }`,
        `async function spread(key: string) { const target = { Bucket: 'b', Key: key }; await s3.send(new PutObjectCommand({ ...target, Body: 'x' })); }`,
        `async function closure(key: string) { const flush = async () => { await s3.send(new PutObjectCommand({ Bucket: 'b', Key: key })); }; await flush(); }`,
        `export const handler = async () => { await copy('one.csv'); await spread('two.csv'); await closure('three.csv'); };`,
      ].join('\n'),
    });
    expect(result.calls.map((call) => (call.input as { Key?: unknown }).Key)).toEqual(['one.csv', 'two.csv', 'three.csv']);
  });

  test('a client handed credentials of another principal is marked; one given the default chain is not', () => {
    const result = analyzeSource({
      'index.ts': [
        `import { S3Client, ListObjectsV2Command } from '@aws-sdk/client-s3';`,
        `import { fromNodeProviderChain } from '@aws-sdk/credential-providers';`,
        `export const handler = async (c: { AccessKeyId: string; SecretAccessKey: string }) => {`,
        `  const partner = new S3Client({ credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey } });`,
        `  const own = new S3Client({ credentials: fromNodeProviderChain() });`,
        `  await partner.send(new ListObjectsV2Command({ Bucket: 'partner' }));`,
        `  await own.send(new ListObjectsV2Command({ Bucket: 'ours' }));`,
        `};`,
      ].join('\n'),
    });
    expect(result.calls.map((call) => [(call.input as { Bucket?: string }).Bucket, call.clientConfig?.givenCredentials ?? false])).toEqual([['partner', true], ['ours', false]]);
  });

  test('client region is reported with the call', () => {
    const result = analyzeSource({
      'index.ts': `import { SQS } from '@aws-sdk/client-sqs';\nconst sqs = new SQS({ region: 'us-west-2' });\nexport const handler = async () => sqs.sendMessage({ QueueUrl: 'q', MessageBody: 'm' });\n`,
    });
    expect(result.calls.map((call) => call.clientConfig)).toEqual([{ region: 'us-west-2' }]);
  });

  test('a command whose client cannot be told is a finding, not a silent drop', () => {
    const result = analyzeSource({
      'index.ts': `import { register } from './bus.js';\nasync function run(client: any, command: any) {\n  return client.send(command);\n}\nregister(run);\nexport const handler = async () => undefined;\n`,
      'bus.ts': `import { SNSClient } from '@aws-sdk/client-sns';\nexport const bus = new SNSClient({});\nexport function register(fn: unknown) { return fn; }\n`,
    });
    expect(result.calls).toEqual([]);
    expect(result.findings.map((f) => [f.code, f.at?.line])).toEqual([['unknown-service', 3]]);
  });
});
