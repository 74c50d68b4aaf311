import { describe, expect, test } from 'vitest';
import { callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'ssm and secrets-manager middlewares fetch for the handler',
    files: { 'index.ts': `import middy from '@middy/core';\nimport ssm from '@middy/ssm';\nimport secretsManager from '@middy/secrets-manager';\nconst base = async () => ({ ok: true });\nexport const handler = middy(base)\n  .use(ssm({ fetchData: { apiKey: '/app/api-key', all: '/app/config/' } }))\n  .use(secretsManager({ fetchData: { db: 'prod/db' } }));\n` },
    calls: [['ssm', 'GetParameters', 6], ['ssm', 'GetParametersByPath', 6], ['secrets-manager', 'GetSecretValue', 7]],
  },
];

describe('middy', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });
});
