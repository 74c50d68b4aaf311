import { describe, expect, test } from 'vitest';
import { callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'DynamoDBPersistenceLayer reads and writes its table',
    files: { 'index.ts': `import { makeIdempotent } from '@aws-lambda-powertools/idempotency';\nimport { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';\nconst persistenceStore = new DynamoDBPersistenceLayer({ tableName: 'idempotency' });\nexport const handler = makeIdempotent(async () => ({ ok: true }), { persistenceStore });\n` },
    calls: [['dynamodb', 'DeleteItem', 3], ['dynamodb', 'GetItem', 3], ['dynamodb', 'PutItem', 3], ['dynamodb', 'UpdateItem', 3]],
  },
];

describe('powertools-idempotency', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });
});
