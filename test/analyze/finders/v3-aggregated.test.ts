import { describe, expect, test } from 'vitest';
import { callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'aggregated client method',
    files: { 'index.ts': `import { S3 } from '@aws-sdk/client-s3';\nconst s3 = new S3({});\nexport const handler = async () => {\n  await s3.getObject({ Bucket: 'b', Key: 'k' });\n  await s3.putObject({ Bucket: 'b', Key: 'k', Body: 'x' });\n};\n` },
    calls: [['s3', 'GetObject', 4], ['s3', 'PutObject', 5]],
  },
  {
    name: 'namespace aggregated client',
    files: { 'index.ts': `import * as Lambda from '@aws-sdk/client-lambda';\nexport const handler = async () => new Lambda.Lambda({}).invoke({ FunctionName: 'f' });\n` },
    calls: [['lambda', 'Invoke', 2]],
  },
  {
    name: 'client methods that are not operations make no call',
    files: { 'index.ts': `import { S3 } from '@aws-sdk/client-s3';\nconst s3 = new S3({});\nexport const handler = async () => { s3.destroy(); };\n` },
    calls: [],
  },
  {
    name: 'MinIO putObject is not S3',
    files: { 'index.ts': `import * as Minio from 'minio';\nconst minio = new Minio.Client({ endPoint: 'x' });\nexport const handler = async () => minio.putObject('b', 'k', 'body');\n` },
    calls: [],
  },
];

describe('v3-aggregated', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });
});
