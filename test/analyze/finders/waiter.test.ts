import { describe, expect, test } from 'vitest';
import { callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'waitUntilObjectExists polls HeadObject',
    files: { 'index.ts': `import { S3Client, waitUntilObjectExists } from '@aws-sdk/client-s3';\nconst client = new S3Client({});\nexport const handler = async () => {\n  await waitUntilObjectExists({ client, maxWaitTime: 30 }, { Bucket: 'b', Key: 'k' });\n};\n` },
    calls: [['s3', 'HeadObject', 4]],
  },
  {
    name: 'waitUntilTableExists polls DescribeTable',
    files: { 'index.ts': `import { DynamoDBClient, waitUntilTableExists } from '@aws-sdk/client-dynamodb';\nexport const handler = async () => waitUntilTableExists({ client: new DynamoDBClient({}), maxWaitTime: 60 }, { TableName: 't' });\n` },
    calls: [['dynamodb', 'DescribeTable', 2]],
  },
  {
    name: 'waitUntilFunctionActive polls GetFunctionConfiguration',
    files: { 'index.ts': `import { LambdaClient, waitUntilFunctionActive } from '@aws-sdk/client-lambda';\nexport const handler = async () => waitUntilFunctionActive({ client: new LambdaClient({}), maxWaitTime: 60 }, { FunctionName: 'f' });\n` },
    calls: [['lambda', 'GetFunctionConfiguration', 2]],
  },
];

describe('waiter', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });
});
