import { describe, expect, test } from 'vitest';
import { callTriples } from '../analyze-source.js';

const cases: Array<{ name: string; files: Record<string, string>; calls: Array<[string, string, number]> }> = [
  {
    name: 'getParameter, getParameters, getSecret',
    files: { 'index.ts': `import { getParameter, getParameters } from '@aws-lambda-powertools/parameters/ssm';\nimport { getSecret } from '@aws-lambda-powertools/parameters/secrets';\nexport const handler = async () => {\n  await getParameter('/app/key');\n  await getParameters('/app/');\n  await getSecret('db-password');\n};\n` },
    calls: [['ssm', 'GetParameter', 4], ['ssm', 'GetParametersByPath', 5], ['secrets-manager', 'GetSecretValue', 6]],
  },
  {
    name: 'providers',
    files: { 'index.ts': `import { SSMProvider } from '@aws-lambda-powertools/parameters/ssm';\nimport { DynamoDBProvider } from '@aws-lambda-powertools/parameters/dynamodb';\nconst ssm = new SSMProvider();\nconst table = new DynamoDBProvider({ tableName: 'params' });\nexport const handler = async () => {\n  await ssm.get('/a');\n  await ssm.getMultiple('/b/');\n  await table.get('c');\n};\n` },
    calls: [['ssm', 'GetParameter', 6], ['ssm', 'GetParametersByPath', 7], ['dynamodb', 'GetItem', 8]],
  },
  {
    name: 'getAppConfig starts a session and reads the configuration',
    files: { 'index.ts': `import { getAppConfig } from '@aws-lambda-powertools/parameters/appconfig';\nexport const handler = async () => getAppConfig('flags', { application: 'app', environment: 'prod' });\n` },
    calls: [['appconfigdata', 'GetLatestConfiguration', 2], ['appconfigdata', 'StartConfigurationSession', 2]],
  },
];

describe('powertools-parameters', () => {
  test.each(cases)('$name', ({ files, calls }) => {
    expect(callTriples(files)).toEqual(calls);
  });
});
