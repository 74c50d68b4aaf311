import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeFunctions } from '../../src/analyze/analyze-functions.js';
import { writeProject } from './analyze-source.js';

// Answers that do not depend on the context are shared across contexts; these check that answers
// that do (what `this`, a parameter or a closure is bound to) are never shared.
describe('what one function binds does not leak into another sharing the library', () => {
  const dir = writeProject({
    'lib/repo.ts': [
      `import { GetItemCommand } from '@aws-sdk/client-dynamodb';`,
      `export class Repo {`,
      `  constructor(private readonly db: { send(command: unknown): Promise<unknown> }, private readonly table: string) {}`,
      `  get(id: string) { return this.db.send(new GetItemCommand({ TableName: this.table, Key: { id: { S: id } } })); }`,
      `}`,
      `export const via = (client: { send(command: unknown): Promise<unknown> }) => (table: string) => client.send(new GetItemCommand({ TableName: table, Key: {} }));`,
    ].join('\n'),
    'a/index.ts': [
      `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';`,
      `import { Repo, via } from '../lib/repo.js';`,
      `const repo = new Repo(new DynamoDBClient({}), 'table-a');`,
      `export const handler = async (event: { id: string }) => { await repo.get(event.id); await via(new DynamoDBClient({}))('closure-a'); };`,
    ].join('\n'),
    'b/index.ts': [
      `import { Repo, via } from '../lib/repo.js';`,
      `const fake = { send: async (command: unknown) => command };`,
      `const repo = new Repo(fake, 'table-b');`,
      `export const handler = async (event: { id: string }) => { await repo.get(event.id); await via(fake)('closure-b'); };`,
    ].join('\n'),
    'c/index.ts': [
      `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';`,
      `import { Repo } from '../lib/repo.js';`,
      `const repo = new Repo(new DynamoDBClient({}), 'table-c');`,
      `export const handler = async (event: { id: string }) => { await repo.get(event.id); };`,
    ].join('\n'),
  });
  const [a, b, c] = analyzeFunctions(
    ['a', 'b', 'c'].map((name) => ({ name, entry: join(dir, name, 'index.ts') })),
    { env: new Map() },
  );
  const tables = (fn: typeof a) => fn!.calls.map((call) => [call.operation, (call.input as { TableName?: unknown }).TableName]);

  test('an SDK client passed in makes calls; a look-alike object does not', () => {
    // The curried closure is also read as handed on, without bindings (a wildcard table): not asserted here.
    expect(tables(a)).toContainEqual(['GetItem', 'table-a']);
    expect(tables(a)).toContainEqual(['GetItem', 'closure-a']);
    expect(tables(b)).toEqual([]);
  });

  test('each construction keeps its own arguments', () => {
    expect(tables(c)).toEqual([['GetItem', 'table-c']]);
  });
});
