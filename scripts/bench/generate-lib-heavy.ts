// A second monorepo shape for scripts/bench-speed.ts (`--shape lib-heavy`), from the older in-process
// benchmark: 40 large shared libraries (a repository class, S3 helpers and 20 pure helpers each) over
// 10 utility modules, and N small functions that each import three of the libraries. It stresses
// what the default shape does not: many shared files much larger than the functions' own code.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Monorepo } from './generate-monorepo.js';

const LIBS = 40;

function libSource(i: number): string {
  const helpers = Array.from({ length: 20 }, (_, j) => `export function format${j}(value: string, n = ${j}): string {\n  const parts = value.split('-').map((p) => p.trim()).filter(Boolean);\n  return parts.join('_') + String(n * ${i});\n}\n`).join('\n');
  return `import { DynamoDBClient, PutItemCommand, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { S3Client, PutObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { format0 } from './util${i % 10}.js';
const db = new DynamoDBClient({ region: process.env.AWS_REGION });
const s3 = new S3Client({});
const TABLE = process.env.TABLE_${i} ?? 'table-${i}';
export class Repo${i} {
  constructor(private readonly client: DynamoDBClient = db) {}
  async put(id: string) { return this.client.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: format0(id) } } })); }
  async get(id: string) { return this.client.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: id } } })); }
  async query(id: string) { return this.client.send(new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'id = :id' })); }
}
export async function store${i}(key: string, body: string) { return s3.send(new PutObjectCommand({ Bucket: 'bucket-${i}', Key: key, Body: body })); }
export async function load${i}(key: string) { return s3.send(new GetObjectCommand({ Bucket: 'bucket-${i}', Key: key })); }
${helpers}`;
}

function utilSource(i: number): string {
  return Array.from({ length: 30 }, (_, j) => `export function format${j}(value: string): string {\n  if (!value) return '';\n  return value.toLowerCase().replace(/[^a-z0-9]+/g, '-') + '${i}-${j}';\n}\n`).join('\n');
}

function handlerSource(f: number): string {
  const libs = [f % LIBS, (f * 7) % LIBS, (f * 13) % LIBS];
  const imports = libs.map((l) => `import { Repo${l}, store${l}, load${l} } from '../../libs/lib${l}.js';`).join('\n');
  const steps = Array.from({ length: 15 }, (_, j) => `function step${j}(input: Record<string, unknown>): Record<string, unknown> {\n  const copy = { ...input, step: ${j} };\n  for (const key of Object.keys(copy)) if (key.startsWith('_')) delete copy[key];\n  return copy;\n}\n`).join('\n');
  return `${imports}
${steps}
export const handler = async (event: { id: string; body: string }) => {
  const repo = new Repo${libs[0]}();
  await repo.put(event.id);
  await store${libs[1]}(event.id, event.body);
  const loaded = await load${libs[2]}(event.id);
  return step0({ loaded });
};
`;
}

export function generateLibHeavyMonorepo(dir: string, functionCount: number): Monorepo {
  rmSync(dir, { recursive: true, force: true });
  const files: Record<string, string> = { 'package.json': JSON.stringify({ name: 'lib-heavy', private: true, type: 'module' }) + '\n' };
  for (let i = 0; i < LIBS; i++) files[`libs/lib${i}.ts`] = libSource(i);
  for (let i = 0; i < 10; i++) files[`libs/util${i}.ts`] = utilSource(i);
  for (let f = 0; f < functionCount; f++) files[`functions/fn${f}/index.ts`] = handlerSource(f);
  const sourceFiles: string[] = [];
  let lines = 0;
  for (const [relative, text] of Object.entries(files)) {
    const absolute = path.join(dir, relative);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
    if (relative.endsWith('.ts')) {
      sourceFiles.push(absolute);
      lines += text.split('\n').length;
    }
  }
  const functionPaths = Array.from({ length: functionCount }, (_, f) => path.join(dir, 'functions', `fn${f}`, 'index.ts'));
  return { dir, functionPaths, files: sourceFiles.sort(), lines, env: {} };
}
