import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeFunctions } from '../../src/analyze/analyze-functions.js';
import { writeProject } from './analyze-source.js';

// A file that imports nothing leading to AWS is read again for a caller only when the caller hands
// it something that does: these check that what is handed on is still followed.
describe('helpers in files that cannot reach AWS on their own', () => {
  const dir = writeProject({
    'lib/plain.ts': [
      `export function viaHolder(holder: { client: { send(c: unknown): Promise<unknown> } }, command: unknown) { return holder.client.send(command); }`,
      `export function viaRepo(repo: { save(id: string): Promise<void> }, id: string) { return repo.save(id); }`,
      `export function runIt(work: () => Promise<unknown>) { return work(); }`,
      `export function format(data: { id: string }) { return JSON.stringify(data); }`,
      `export class Failure extends Error { constructor(message: string) { super(message); } }`,
    ].join('\n'),
    'lib/repo.ts': [
      `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';`,
      `export class Repo {`,
      `  constructor(private readonly db: DynamoDBClient, private readonly table: string) {}`,
      `  save(id: string) { return this.db.send(new PutItemCommand({ TableName: this.table, Item: { id: { S: id } } })).then(() => undefined); }`,
      `}`,
    ].join('\n'),
    'fn/index.ts': [
      `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';`,
      `import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';`,
      `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';`,
      `import { viaHolder, viaRepo, runIt, format, Failure } from '../lib/plain.js';`,
      `import { Repo } from '../lib/repo.js';`,
      `const s3 = new S3Client({});`,
      `const sqs = new SQSClient({});`,
      `const queue = () => sqs.send(new SendMessageCommand({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs', MessageBody: '{}' }));`,
      `export const handler = async (event: { id: string }) => {`,
      `  if (!event.id) throw new Failure('no id');`,
      `  await viaHolder({ client: s3 }, new GetObjectCommand({ Bucket: 'docs', Key: format({ id: event.id }) }));`,
      `  await viaRepo(new Repo(new DynamoDBClient({}), 'orders'), event.id);`,
      `  await runIt(queue);`,
      `};`,
    ].join('\n'),
  });
  const [fn] = analyzeFunctions([{ name: 'fn', entry: join(dir, 'fn', 'index.ts') }], { env: new Map() });

  test('clients in objects, instances and functions handed to them still make their calls', () => {
    const calls = fn!.calls.map((call) => {
      const input = call.input as { QueueUrl?: string; Bucket?: string; TableName?: string };
      return [`${call.service}:${call.operation}`, `${call.at.file.split('/').slice(-2).join('/')}:${call.at.line}`, input.QueueUrl ?? input.Bucket ?? input.TableName];
    });
    expect(calls).toEqual([
      ['sqs:SendMessage', 'fn/index.ts:8', 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs'],
      ['s3:GetObject', 'lib/plain.ts:1', 'docs'],
      ['dynamodb:PutItem', 'lib/repo.ts:4', 'orders'],
    ]);
    expect(fn!.findings).toEqual([]);
  });
});
