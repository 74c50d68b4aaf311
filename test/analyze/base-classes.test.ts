import { describe, expect, test } from 'vitest';
import { analyzeSource } from './analyze-source.js';

const tables = (files: Record<string, string>, env: Record<string, string> = {}) =>
  analyzeSource(files, undefined, env).calls.map((call) => [call.operation, (call.input as { TableName?: unknown }).TableName]);

// A base repository whose table a subclass passes through `super(...)`.
const baseRepository = [
  `import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';`,
  `const ddb = new DynamoDBClient({});`,
  `class Base { constructor(protected readonly table: string) {} get() { return ddb.send(new GetItemCommand({ TableName: this.table, Key: {} })); } }`,
];
describe('arguments passed to a base class through super(...)', () => {
  test('reach a parameter property and a field the base constructor assigns', () => {
    expect(
      tables({
        'index.ts': [
          `import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';`,
          `const ddb = new DynamoDBClient({});`,
          `abstract class BaseRepo {`,
          `  protected readonly log: string;`,
          `  constructor(protected readonly table: string, log: string) { this.log = log; }`,
          `  get(id: string) { return ddb.send(new GetItemCommand({ TableName: this.table, Key: { id: { S: id } } })); }`,
          `  audit() { return ddb.send(new PutItemCommand({ TableName: this.log, Item: {} })); }`,
          `}`,
          `class UsersRepo extends BaseRepo {`,
          `  constructor() { super(process.env.USERS_TABLE!, 'audit-log'); }`,
          `}`,
          `export const handler = async (event: { id: string }) => { const users = new UsersRepo(); await users.get(event.id); await users.audit(); };`,
        ].join('\n'),
      }, { USERS_TABLE: 'members' }),
    ).toEqual([['GetItem', 'members'], ['PutItem', 'audit-log']]);
  });

  test('follow a subclass parameter through two levels', () => {
    expect(
      tables({
        'index.ts': [
          ...baseRepository,
          `class Middle extends Base { constructor(prefix: string) { super(\`\${prefix}-orders\`); } }`,
          `class Leaf extends Middle { constructor(stage: string) { super(\`app-\${stage}\`); } }`,
          `export const handler = async () => { await new Leaf('prod').get(); };`,
        ].join('\n'),
      }),
    ).toEqual([['GetItem', 'app-prod-orders']]);
  });

  test('leave a class without its own constructor the arguments of its new', () => {
    expect(
      tables({
        'index.ts': [
          ...baseRepository,
          `class Plain extends Base {}`,
          `export const handler = async () => { await new Plain('plain-table').get(); };`,
        ].join('\n'),
      }),
    ).toEqual([['GetItem', 'plain-table']]);
  });
});
