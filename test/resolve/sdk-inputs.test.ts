import { describe, expect, it } from 'vitest';
import { at, evaluateProbe, type ProbeCase } from './evaluate-probe.js';

// Whole inputs as handlers write them, mixing the forms the other tests take one by one.
const cases: ProbeCase[] = [
  {
    name: 'a DynamoDB put with a table from env and a key from the event',
    files: {
      '/src/index.ts': [
        `import { tableFor } from './lib/tables.js';`,
        `export const handler = async (event: { id: string }) => {`,
        `  probe({ TableName: tableFor('orders'), Item: { pk: { S: event.id }, sk: { S: 'v0' } }, ConditionExpression: 'attribute_not_exists(pk)' });`,
        `};`,
      ].join('\n'),
      '/src/lib/tables.ts': 'const { STAGE = "dev" } = process.env;\nexport const tableFor = (name: string) => `${name}-${STAGE}`;',
    },
    env: { STAGE: 'prod' },
    expected: {
      TableName: 'orders-prod',
      Item: { pk: { S: { $unknown: 'from a function parameter: event.id', at: at(3, 59) } }, sk: { S: 'v0' } },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  },
  {
    name: 'an S3 key built from a config object with optional chaining and await',
    files: {
      '/src/index.ts': [
        `import { CONFIG } from './config.js';`,
        `const prefix = async () => CONFIG?.paths.reports;`,
        'export async function handler() {',
        '  probe({ Bucket: CONFIG.bucket, Key: `${await prefix()}/${new Date().toISOString()}.csv` });',
        '}',
      ].join('\n'),
      '/src/config.ts': `export const CONFIG = { bucket: process.env.BUCKET ?? 'reports-bucket', paths: { reports: 'daily' } } as const;`,
    },
    expected: {
      Bucket: 'reports-bucket',
      Key: { $template: ['daily/', { $unknown: 'the result of new Date().toISOString()', at: at(4, 60) }, '.csv'] },
    },
  },
];

describe('whole SDK call inputs', () => {
  it.each(cases)('$name', ({ files, env, expected }) => {
    expect(evaluateProbe(files, { env })).toStrictEqual(expected);
  });
});
