import { describe, expect, test } from 'vitest';
import { callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'createPresignedPost needs PutObject',
    files: { 'index.ts': `import { S3Client } from '@aws-sdk/client-s3';\nimport { createPresignedPost } from '@aws-sdk/s3-presigned-post';\nconst client = new S3Client({});\nexport const handler = async () => {\n  return createPresignedPost(client, { Bucket: 'uploads', Key: 'a.png', Expires: 600 });\n};\n` },
    calls: [['s3', 'PutObject', 5]],
  },
];

describe('s3-presigned-post', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });
});
