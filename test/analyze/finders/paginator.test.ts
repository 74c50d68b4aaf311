import { describe, expect, test } from 'vitest';
import { callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'paginateQuery sends Query for every page',
    files: { 'index.ts': `import { DynamoDBClient, paginateQuery } from '@aws-sdk/client-dynamodb';\nconst client = new DynamoDBClient({});\nexport const handler = async () => {\n  for await (const page of paginateQuery({ client }, { TableName: 't' })) console.log(page);\n};\n` },
    calls: [['dynamodb', 'Query', 4]],
  },
  {
    name: 'paginateListObjectsV2 through a namespace import',
    files: { 'index.ts': `import * as s3 from '@aws-sdk/client-s3';\nexport const handler = async () => {\n  const pages = s3.paginateListObjectsV2({ client: new s3.S3Client({}) }, { Bucket: 'b' });\n  return pages;\n};\n` },
    calls: [['s3', 'ListObjectsV2', 3]],
  },
  {
    name: 'a local function named like a paginator is not one',
    files: { 'index.ts': `function paginateQuery(a: unknown, b: unknown) { return [a, b]; }\nexport const handler = async () => paginateQuery({}, {});\n` },
    calls: [],
  },
];

describe('paginator', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });
});
