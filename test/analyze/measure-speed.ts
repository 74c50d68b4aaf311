// Times analyzeFunctions on a generated monorepo against the floor of parsing the same files with
// TypeScript once, and 100 against 400 functions. Run: npx tsx test/analyze/measure-speed.ts [functions]
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ts } from 'ts-morph';
import { analyzeFunctions, type FunctionEntry } from '../../src/analyze/analyze-functions.js';

const LIBS = 40;

function write(root: string, path: string, text: string): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

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
  const body = Array.from({ length: 15 }, (_, j) => `function step${j}(input: Record<string, unknown>): Record<string, unknown> {\n  const copy = { ...input, step: ${j} };\n  for (const key of Object.keys(copy)) if (key.startsWith('_')) delete copy[key];\n  return copy;\n}\n`).join('\n');
  return `${imports}
${body}
export const handler = async (event: { id: string; body: string }) => {
  const repo = new Repo${libs[0]}();
  await repo.put(event.id);
  await store${libs[1]}(event.id, event.body);
  const loaded = await load${libs[2]}(event.id);
  return step0({ loaded });
};
`;
}

function generate(functions: number): { root: string; entries: FunctionEntry[] } {
  const root = mkdtempSync(join(tmpdir(), 'iamgen-speed-'));
  for (let i = 0; i < LIBS; i++) write(root, `libs/lib${i}.ts`, libSource(i));
  for (let i = 0; i < 10; i++) write(root, `libs/util${i}.ts`, utilSource(i));
  const entries = Array.from({ length: functions }, (_, f) => ({ name: `fn${f}`, entry: write(root, `functions/fn${f}/index.ts`, handlerSource(f)) }));
  return { root, entries };
}

function parseFloor(files: string[]): number {
  const start = performance.now();
  for (const file of files) ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  return performance.now() - start;
}

// Each side is timed three times and the fastest kept, so a GC pause or a busy machine does not decide.
function measure(functions: number): { analyse: number; floor: number; calls: number } {
  const { entries } = generate(functions);
  let analyse = Infinity;
  let results = analyzeFunctions(entries, { env: new Map() });
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    results = analyzeFunctions(entries, { env: new Map() });
    analyse = Math.min(analyse, performance.now() - start);
  }
  const files = [...new Set(results.flatMap((r) => r.files))];
  const floor = Math.min(parseFloor(files), parseFloor(files), parseFloor(files));
  return { analyse, floor, calls: results.reduce((n, r) => n + r.calls.length, 0) };
}

const large = Number(process.argv[2] ?? 400);
const small = measure(large / 4);
const big = measure(large);
const round = (n: number): number => Math.round(n);
console.log(JSON.stringify({
  [`${large / 4} functions`]: { analyseMs: round(small.analyse), parseFloorMs: round(small.floor), calls: small.calls },
  [`${large} functions`]: { analyseMs: round(big.analyse), parseFloorMs: round(big.floor), ratioToFloor: +(big.analyse / big.floor).toFixed(2), calls: big.calls },
  growth4x: +(big.analyse / small.analyse).toFixed(2),
  peakRssMb: round(process.memoryUsage().rss / 1e6),
}, null, 1));
