import { describe, expect, test } from 'vitest';
import { callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'DynamoDBDocumentClient.from + commands',
    files: {
      'index.ts': `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nimport { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';\nconst doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));\nexport const handler = async () => {\n  await doc.send(new PutCommand({ TableName: 't', Item: {} }));\n  return doc.send(new QueryCommand({ TableName: 't' }));\n};\n`,
    },
    calls: [['lib-dynamodb', 'Put', 5], ['lib-dynamodb', 'Query', 6]],
  },
  {
    name: 'DynamoDBDocument.from aggregated methods',
    files: {
      'index.ts': `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nimport { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';\nconst doc = DynamoDBDocument.from(new DynamoDBClient({}));\nexport const handler = async () => {\n  await doc.get({ TableName: 't', Key: { id: '1' } });\n  await doc.batchWrite({ RequestItems: {} });\n};\n`,
    },
    calls: [['lib-dynamodb', 'Get', 5], ['lib-dynamodb', 'BatchWrite', 6]],
  },
];

describe('lib-dynamodb', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });
});
