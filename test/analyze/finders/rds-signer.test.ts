import { describe, expect, test } from 'vitest';
import { callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'Signer.getAuthToken',
    files: { 'index.ts': `import { Signer } from '@aws-sdk/rds-signer';\nconst signer = new Signer({ hostname: 'db.example.com', port: 5432, username: 'app', region: 'eu-west-1' });\nexport const handler = async () => {\n  return signer.getAuthToken();\n};\n` },
    calls: [['rds-signer', 'GetAuthToken', 4]],
  },
];

describe('rds-signer', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });
});
