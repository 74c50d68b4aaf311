import { describe, expect, test } from 'vitest';
import { callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'new AWS.DynamoDB.DocumentClient()',
    files: { 'index.js': `const AWS = require('aws-sdk');\nconst db = new AWS.DynamoDB.DocumentClient();\nexports.handler = async () => {\n  await db.put({ TableName: 't', Item: {} }).promise();\n  return db.query({ TableName: 't' }).promise();\n};\n` },
    calls: [['lib-dynamodb', 'Put', 4], ['lib-dynamodb', 'Query', 5]],
  },
  {
    name: 'DocumentClient from the clients path',
    files: { 'index.ts': `import { DocumentClient } from 'aws-sdk/clients/dynamodb';\nconst db = new DocumentClient();\nexport const handler = async () => db.delete({ TableName: 't', Key: {} }).promise();\n` },
    calls: [['lib-dynamodb', 'Delete', 3]],
  },
];

describe('v2-document-client', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });
});
