import { describe, expect, test } from 'vitest';
import { callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'the wrapped command is the call',
    files: { 'index.ts': `import { S3Client, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';\nimport { getSignedUrl } from '@aws-sdk/s3-request-presigner';\nconst s3 = new S3Client({});\nexport const handler = async () => {\n  const down = await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'b', Key: 'k' }), { expiresIn: 60 });\n  const up = await getSignedUrl(s3, new PutObjectCommand({ Bucket: 'b', Key: 'k' }));\n  return [down, up];\n};\n` },
    calls: [['s3', 'GetObject', 5], ['s3', 'PutObject', 6]],
  },
];

describe('presigner', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });
});
