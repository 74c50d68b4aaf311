import { describe, expect, test } from 'vitest';
import { callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'new Upload({ client, params }).done()',
    files: { 'index.ts': `import { S3Client } from '@aws-sdk/client-s3';\nimport { Upload } from '@aws-sdk/lib-storage';\nconst client = new S3Client({});\nexport const handler = async (body: string) => {\n  await new Upload({ client, params: { Bucket: 'b', Key: 'k', Body: body } }).done();\n};\n` },
    calls: [['lib-storage', 'Upload', 5]],
  },
];

describe('lib-storage', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });
});
