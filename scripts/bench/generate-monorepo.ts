// Writes a synthetic but realistic serverless monorepo for scripts/bench-speed.ts: shared modules
// under lib/ (clients, repository classes holding a client, storage and queue helpers, and pure
// utility code), and N functions under functions/fn-NNN/, each a handler plus 1–3 files of its own
// that imports 2–5 of the shared modules. Deterministic: the same N gives the same files.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Monorepo {
  dir: string;
  functionPaths: string[];
  files: string[];
  lines: number;
  env: Record<string, string>;
}

/** A small seeded PRNG (mulberry32) so that runs are comparable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sharedLibs: Record<string, string> = {
  'config.ts': `export const STAGE = process.env.STAGE ?? 'dev';

export const TABLES = {
  orders: \`orders-\${STAGE}\`,
  customers: \`customers-\${STAGE}\`,
  audit: \`audit-\${STAGE}\`,
} as const;

export const INDEXES = { ordersByCustomer: 'gsi1-customer', customersByEmail: 'gsi1-email' } as const;

export const BUCKETS = {
  uploads: process.env.UPLOADS_BUCKET ?? \`uploads-\${STAGE}\`,
  reports: \`acme-reports-\${STAGE}\`,
} as const;

export const WORK_QUEUE_URL = process.env.WORK_QUEUE_URL!;
export const NOTIFY_TOPIC_ARN = process.env.NOTIFY_TOPIC_ARN!;
export const EVENT_SOURCE = 'acme.platform';
`,
  'clients.ts': `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';

export const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ maxAttempts: 3 }), {
  marshallOptions: { removeUndefinedValues: true },
});
export const s3 = new S3Client({});
export const sqs = new SQSClient({});
export const sns = new SNSClient({});
export const eventBridge = new EventBridgeClient({});
`,
  'orders-repository.ts': `import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { INDEXES, TABLES } from './config.js';

export interface OrderRecord {
  orderId: string;
  customerId: string;
  status: string;
  totalCents: number;
  updatedAt: string;
}

export class OrdersRepository {
  constructor(private readonly db: DynamoDBDocumentClient) {}

  async get(orderId: string): Promise<OrderRecord | undefined> {
    const res = await this.db.send(new GetCommand({ TableName: TABLES.orders, Key: { pk: \`ORDER#\${orderId}\` } }));
    return res.Item as OrderRecord | undefined;
  }

  async save(order: OrderRecord): Promise<void> {
    await this.db.send(new PutCommand({ TableName: TABLES.orders, Item: { pk: \`ORDER#\${order.orderId}\`, ...order } }));
  }

  async forCustomer(customerId: string, limit = 25): Promise<OrderRecord[]> {
    const res = await this.db.send(
      new QueryCommand({
        TableName: TABLES.orders,
        IndexName: INDEXES.ordersByCustomer,
        KeyConditionExpression: 'customerId = :c',
        ExpressionAttributeValues: { ':c': customerId },
        Limit: limit,
      }),
    );
    return (res.Items ?? []) as OrderRecord[];
  }

  async setStatus(orderId: string, status: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: TABLES.orders,
        Key: { pk: \`ORDER#\${orderId}\` },
        UpdateExpression: 'SET #s = :s, updatedAt = :u',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':s': status, ':u': new Date().toISOString() },
      }),
    );
  }

  async remove(orderId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: TABLES.orders, Key: { pk: \`ORDER#\${orderId}\` } }));
  }
}
`,
  'customers-repository.ts': `import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { INDEXES, TABLES } from './config.js';

export interface Customer {
  customerId: string;
  email: string;
  name: string;
  tier: 'free' | 'pro' | 'enterprise';
}

export class CustomersRepository {
  constructor(private readonly db: DynamoDBDocumentClient) {}

  async get(customerId: string): Promise<Customer | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: TABLES.customers, Key: { pk: customerId } }));
    return Item as Customer | undefined;
  }

  async byEmail(email: string): Promise<Customer | undefined> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: TABLES.customers,
        IndexName: INDEXES.customersByEmail,
        KeyConditionExpression: 'email = :e',
        ExpressionAttributeValues: { ':e': email.toLowerCase() },
      }),
    );
    return Items[0] as Customer | undefined;
  }

  async setTier(customerId: string, tier: Customer['tier']): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: TABLES.customers,
        Key: { pk: customerId },
        UpdateExpression: 'SET tier = :t',
        ExpressionAttributeValues: { ':t': tier },
      }),
    );
  }
}
`,
  'storage.ts': `import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { s3 } from './clients.js';
import { BUCKETS } from './config.js';

export async function putReport(name: string, body: string): Promise<string> {
  const key = \`reports/\${new Date().toISOString().slice(0, 10)}/\${name}\`;
  await s3.send(new PutObjectCommand({ Bucket: BUCKETS.reports, Key: key, Body: body, ContentType: 'application/json' }));
  return key;
}

export async function readUpload(key: string): Promise<string> {
  const res = await s3.send(new GetObjectCommand({ Bucket: BUCKETS.uploads, Key: key }));
  return (await res.Body?.transformToString()) ?? '';
}

export async function listUploads(prefix: string): Promise<string[]> {
  const res = await s3.send(new ListObjectsV2Command({ Bucket: BUCKETS.uploads, Prefix: prefix }));
  return (res.Contents ?? []).map((o) => o.Key ?? '');
}

export function reportLink(key: string): Promise<string> {
  return getSignedUrl(s3, new GetObjectCommand({ Bucket: BUCKETS.reports, Key: key }), { expiresIn: 3600 });
}
`,
  'queue.ts': `import { SendMessageBatchCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { sqs } from './clients.js';
import { WORK_QUEUE_URL } from './config.js';

export async function enqueue(type: string, payload: unknown): Promise<void> {
  await sqs.send(
    new SendMessageCommand({
      QueueUrl: WORK_QUEUE_URL,
      MessageBody: JSON.stringify(payload),
      MessageAttributes: { type: { DataType: 'String', StringValue: type } },
    }),
  );
}

export async function enqueueAll(type: string, payloads: unknown[]): Promise<void> {
  for (let i = 0; i < payloads.length; i += 10) {
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: WORK_QUEUE_URL,
        Entries: payloads.slice(i, i + 10).map((p, j) => ({ Id: String(i + j), MessageBody: JSON.stringify({ type, p }) })),
      }),
    );
  }
}
`,
  'notify.ts': `import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { PublishCommand } from '@aws-sdk/client-sns';
import { eventBridge, sns } from './clients.js';
import { EVENT_SOURCE, NOTIFY_TOPIC_ARN } from './config.js';

export async function notify(subject: string, message: unknown): Promise<void> {
  await sns.send(new PublishCommand({ TopicArn: NOTIFY_TOPIC_ARN, Subject: subject, Message: JSON.stringify(message) }));
}

export async function emit(detailType: string, detail: unknown): Promise<void> {
  await eventBridge.send(
    new PutEventsCommand({ Entries: [{ Source: EVENT_SOURCE, DetailType: detailType, Detail: JSON.stringify(detail) }] }),
  );
}
`,
  'logger.ts': `type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = order[(process.env.LOG_LEVEL as Level | undefined) ?? 'info'] ?? 20;

function write(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  if (order[level] < threshold) return;
  const line = JSON.stringify({ level, msg, time: new Date().toISOString(), ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
}

export const logger = {
  debug: (msg: string, fields?: Record<string, unknown>) => write('debug', msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => write('info', msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => write('warn', msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => write('error', msg, fields),
  child(bindings: Record<string, unknown>) {
    return {
      info: (msg: string, fields?: Record<string, unknown>) => write('info', msg, { ...bindings, ...fields }),
      error: (msg: string, fields?: Record<string, unknown>) => write('error', msg, { ...bindings, ...fields }),
    };
  },
};
`,
  'validation.ts': `export class ValidationError extends Error {
  constructor(public readonly issues: string[]) {
    super(issues.join('; '));
  }
}

export type Rule<T> = (value: unknown, path: string) => T;

export const string = (opts: { min?: number; max?: number } = {}): Rule<string> => (value, path) => {
  if (typeof value !== 'string') throw new ValidationError([\`\${path}: expected a string\`]);
  if (opts.min !== undefined && value.length < opts.min) throw new ValidationError([\`\${path}: too short\`]);
  if (opts.max !== undefined && value.length > opts.max) throw new ValidationError([\`\${path}: too long\`]);
  return value;
};

export const integer = (opts: { min?: number; max?: number } = {}): Rule<number> => (value, path) => {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new ValidationError([\`\${path}: expected an integer\`]);
  if (opts.min !== undefined && value < opts.min) throw new ValidationError([\`\${path}: below \${opts.min}\`]);
  if (opts.max !== undefined && value > opts.max) throw new ValidationError([\`\${path}: above \${opts.max}\`]);
  return value;
};

export function object<T extends Record<string, unknown>>(shape: { [K in keyof T]: Rule<T[K]> }): Rule<T> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null) throw new ValidationError([\`\${path}: expected an object\`]);
    const issues: string[] = [];
    const out: Record<string, unknown> = {};
    for (const [key, rule] of Object.entries(shape) as Array<[string, Rule<unknown>]>) {
      try {
        out[key] = rule((value as Record<string, unknown>)[key], \`\${path}.\${key}\`);
      } catch (error) {
        issues.push(...(error instanceof ValidationError ? error.issues : [String(error)]));
      }
    }
    if (issues.length) throw new ValidationError(issues);
    return out as T;
  };
}

export function parseBody<T>(body: string | undefined, rule: Rule<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(body ?? '');
  } catch {
    throw new ValidationError(['body: not JSON']);
  }
  return rule(json, 'body');
}
`,
  'money.ts': `export interface Money {
  cents: number;
  currency: 'EUR' | 'USD' | 'GBP';
}

const rates: Record<Money['currency'], number> = { EUR: 1, USD: 1.08, GBP: 0.86 };

export function add(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new Error(\`currency mismatch: \${a.currency} vs \${b.currency}\`);
  return { cents: a.cents + b.cents, currency: a.currency };
}

export function convert(m: Money, to: Money['currency']): Money {
  return { cents: Math.round((m.cents / rates[m.currency]) * rates[to]), currency: to };
}

export function format(m: Money, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(m.cents / 100);
}

export function allocate(m: Money, parts: number[]): Money[] {
  const total = parts.reduce((s, p) => s + p, 0);
  const shares = parts.map((p) => Math.floor((m.cents * p) / total));
  let rest = m.cents - shares.reduce((s, c) => s + c, 0);
  for (let i = 0; rest > 0; i = (i + 1) % shares.length, rest--) shares[i] = (shares[i] ?? 0) + 1;
  return shares.map((cents) => ({ cents, currency: m.currency }));
}
`,
};

/** What each shared module offers a function: an import line and statements that use it. */
const libUses: Record<string, { imports: string; setup?: string; calls: string[] }> = {
  'orders-repository': {
    imports: "import { OrdersRepository } from '../../lib/orders-repository.js';\nimport { documentClient } from '../../lib/clients.js';",
    setup: 'const orders = new OrdersRepository(documentClient);',
    calls: ['await orders.get(id);', "await orders.setStatus(id, 'PROCESSING');", 'await orders.forCustomer(id, 10);', 'await orders.save({ orderId: id, customerId: id, status: \'NEW\', totalCents: 0, updatedAt: new Date().toISOString() });'],
  },
  'customers-repository': {
    imports: "import { CustomersRepository } from '../../lib/customers-repository.js';\nimport { documentClient } from '../../lib/clients.js';",
    setup: 'const customers = new CustomersRepository(documentClient);',
    calls: ['await customers.get(id);', 'await customers.byEmail(`${id}@example.com`);', "await customers.setTier(id, 'pro');"],
  },
  storage: {
    imports: "import * as storage from '../../lib/storage.js';",
    calls: ['await storage.putReport(`${id}.json`, JSON.stringify(input));', 'await storage.readUpload(`incoming/${id}.csv`);', 'await storage.listUploads(`incoming/${id}/`);'],
  },
  queue: {
    imports: "import { enqueue, enqueueAll } from '../../lib/queue.js';",
    calls: ["await enqueue('process', { id });", "await enqueueAll('fan-out', [input, { id }]);"],
  },
  notify: {
    imports: "import { emit, notify } from '../../lib/notify.js';",
    calls: ["await notify('Processed', { id });", "await emit('ItemProcessed', { id });"],
  },
  logger: { imports: "import { logger } from '../../lib/logger.js';", calls: ["logger.info('processing', { id });"] },
  validation: {
    imports: "import { integer, object, parseBody, string } from '../../lib/validation.js';",
    calls: ['parseBody(JSON.stringify(input), object({ id: string({ min: 1 }), count: integer({ min: 0 }) }));'],
  },
  money: { imports: "import { add, format } from '../../lib/money.js';", calls: ["format(add({ cents: 100, currency: 'EUR' }, { cents: 250, currency: 'EUR' }));"] },
};
const libNames = Object.keys(libUses);
const awsLibs = ['orders-repository', 'customers-repository', 'storage', 'queue', 'notify'];

function pick<T>(rand: () => number, items: T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
}

function functionFiles(index: number, rand: () => number): Record<string, string> {
  const name = `fn-${String(index).padStart(3, '0')}`;
  const libs = [...new Set([pick(rand, awsLibs, 1)[0]!, ...pick(rand, libNames, 1 + Math.floor(rand() * 4))])].slice(0, 5);
  const uses = libs.map((lib) => libUses[lib]!);
  const calls = uses.flatMap((use) => pick(rand, use.calls, 1 + Math.floor(rand() * Math.min(2, use.calls.length))));
  const withMapper = rand() < 0.6;
  const withTypes = rand() < 0.5;
  const ownBucketCall = rand() < 0.25;

  const files: Record<string, string> = {};
  files['service.ts'] = [
    ...uses.map((u) => u.imports),
    ownBucketCall ? "import { S3Client, HeadObjectCommand } from '@aws-sdk/client-s3';" : '',
    withTypes ? "import type { Input, Output } from './types.js';" : 'type Input = Record<string, unknown>;\ntype Output = { id: string; ok: boolean };',
    '',
    ...uses.filter((u) => u.setup).map((u) => u.setup!),
    ownBucketCall ? "const ownS3 = new S3Client({ region: 'eu-west-1' });" : '',
    '',
    `/** Business step ${index}: ${libs.join(', ')}. */`,
    'export async function run(id: string, input: Input): Promise<Output> {',
    ...calls.map((c) => `  ${c}`),
    ownBucketCall ? `  await ownS3.send(new HeadObjectCommand({ Bucket: \`${name}-archive\`, Key: id }));` : '',
    '  return { id, ok: true };',
    '}',
    '',
    '/** Kept for the admin tool; nothing in this function calls it. */',
    'export async function unused(id: string): Promise<void> {',
    `  console.log('unused', id, ${JSON.stringify(name)});`,
    '}',
    '',
  ].filter((line, i, all) => line !== '' || all[i - 1] !== '').join('\n');

  if (withTypes) {
    files['types.ts'] = [
      'export interface Input {',
      '  id?: string;',
      '  count?: number;',
      '  tags?: string[];',
      '  [key: string]: unknown;',
      '}',
      '',
      'export interface Output {',
      '  id: string;',
      '  ok: boolean;',
      '}',
      '',
    ].join('\n');
  }
  if (withMapper) {
    files['mapper.ts'] = [
      'export function toResponse(statusCode: number, body: unknown) {',
      "  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };",
      '}',
      '',
      'export function idFrom(event: { pathParameters?: Record<string, string | undefined> }): string {',
      "  const id = event.pathParameters?.id ?? '';",
      "  if (!/^[a-z0-9-]{1,64}$/i.test(id)) throw new Error('bad id');",
      '  return id;',
      '}',
      '',
    ].join('\n');
  }
  files['handler.ts'] = [
    withMapper ? "import { idFrom, toResponse } from './mapper.js';" : '',
    "import { run } from './service.js';",
    '',
    'export const handler = async (event: { body?: string; pathParameters?: Record<string, string | undefined> }) => {',
    withMapper ? '  const id = idFrom(event);' : "  const id = event.pathParameters?.id ?? 'unknown';",
    "  const input = JSON.parse(event.body ?? '{}') as Record<string, unknown>;",
    '  const result = await run(id, input);',
    withMapper ? '  return toResponse(200, result);' : '  return { statusCode: 200, body: JSON.stringify(result) };',
    '};',
    '',
  ].filter((line, i) => line !== '' || i > 0).join('\n');
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [path.join('functions', name, file), text]));
}

export function generateMonorepo(dir: string, functionCount: number): Monorepo {
  rmSync(dir, { recursive: true, force: true });
  const rand = random(20261122);
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'acme-platform', private: true, type: 'module' }, null, 2) + '\n',
    'tsconfig.json': JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true } }, null, 2) + '\n',
  };
  for (const [name, text] of Object.entries(sharedLibs)) files[path.join('lib', name)] = text;
  const functionPaths: string[] = [];
  for (let i = 0; i < functionCount; i++) {
    Object.assign(files, functionFiles(i, rand));
    functionPaths.push(path.join(dir, 'functions', `fn-${String(i).padStart(3, '0')}`, 'handler.ts'));
  }
  let lines = 0;
  const sourceFiles: string[] = [];
  for (const [relative, text] of Object.entries(files)) {
    const absolute = path.join(dir, relative);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
    if (/\.[cm]?[jt]s$/.test(relative)) {
      sourceFiles.push(absolute);
      lines += text.split('\n').length;
    }
  }
  return {
    dir,
    functionPaths,
    files: sourceFiles.sort(),
    lines,
    env: {
      STAGE: 'prod',
      UPLOADS_BUCKET: 'acme-uploads-prod',
      WORK_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/work-prod',
      NOTIFY_TOPIC_ARN: 'arn:aws:sns:us-east-1:123456789012:notify-prod',
    },
  };
}
