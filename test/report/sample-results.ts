// Results shared by the report tests: realistic enough to show every part of a report (a `why`,
// several call sites, a condition, findings with and without a location, a secret in a message).
import type { FunctionResult, SuggestResult } from '../../src/model.js';

export const TABLE = 'arn:aws:dynamodb:us-east-1:123456789012:table/orders';
export const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export const orderFunction: FunctionResult = {
  name: 'order-api',
  entry: 'functions/order/index.ts',
  policy: {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'DynamoDB', Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: [TABLE] },
      {
        Sid: 'Kms',
        Effect: 'Allow',
        Action: ['kms:Decrypt'],
        Resource: [KEY],
        Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
      },
      { Sid: 'S3', Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::invoices/*'] },
    ],
  },
  permissions: [
    {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::invoices/*',
      calls: [
        {
          at: { file: 'functions/order/invoice.ts', line: 31, column: 9 },
          service: 's3',
          operation: 'HeadObject',
          via: 'v3-send',
          why: 'HeadObject is authorized as s3:GetObject',
        },
        { at: { file: 'functions/order/invoice.ts', line: 12, column: 5 }, service: 's3', operation: 'GetObject', via: 'v3-send' },
      ],
    },
    {
      action: 'dynamodb:PutItem',
      resource: TABLE,
      calls: [{ at: { file: 'lib/orders-repository.ts', line: 40, column: 11 }, service: 'lib-dynamodb', operation: 'Put', via: 'v3-send' }],
    },
    {
      action: 'dynamodb:GetItem',
      resource: TABLE,
      calls: [{ at: { file: 'lib/orders-repository.ts', line: 22, column: 11 }, service: 'lib-dynamodb', operation: 'Get', via: 'v3-send' }],
    },
    {
      action: 'kms:Decrypt',
      resource: KEY,
      condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
      why: 'GetObject on an object encrypted with a customer managed key needs kms:Decrypt through S3',
      calls: [{ at: { file: 'functions/order/invoice.ts', line: 12, column: 5 }, service: 's3', operation: 'GetObject', via: 'v3-send' }],
    },
  ],
  calls: [
    {
      service: 's3',
      operation: 'GetObject',
      input: { Bucket: 'invoices', Key: { $unknown: 'event.pathParameters.id', at: { file: 'functions/order/invoice.ts', line: 10, column: 20 } } },
      at: { file: 'functions/order/invoice.ts', line: 12, column: 5 },
      via: 'v3-send',
    },
    {
      service: 'secretsmanager',
      operation: 'PutSecretValue',
      input: { SecretId: 'prod/order-api', SecretString: 'hunter2-but-longer' },
      at: { file: 'functions/order/rotate.ts', line: 8, column: 3 },
      via: 'v3-send',
    },
  ],
  findings: [
    {
      severity: 'warning',
      code: 'unresolved-input',
      message: 'Key comes from the event (event.pathParameters.id); the object ARN is a wildcard.',
      at: { file: 'functions/order/invoice.ts', line: 10, column: 20 },
    },
    {
      severity: 'warning',
      code: 'unresolved-input',
      message: 'PAYMENT_API_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc is used as a header, not as a resource.',
      at: { file: 'functions/order/pay.ts', line: 5, column: 1 },
    },
  ],
};

export const emptyFunction: FunctionResult = {
  name: 'health',
  entry: 'functions/health/index.ts',
  policy: { Version: '2012-10-17', Statement: [] },
  permissions: [],
  calls: [],
  findings: [{ severity: 'note', code: 'no-aws-calls', message: 'No AWS call was found, so the policy grants nothing.' }],
};

export function resultOf(functions: FunctionResult[], findings: SuggestResult['findings'] = []): SuggestResult {
  return { schemaVersion: 1, tool: { name: 'iamgen', version: '0.1.0', dataVersion: '2026-01-01' }, functions, findings };
}
