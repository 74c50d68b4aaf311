import { describe, expect, it } from 'vitest';
import type { Permission } from '../../src/model.js';
import { buildPolicy } from '../../src/policy/build-policy.js';

const BUCKET = 'arn:aws:s3:::uploads';
const TABLE = 'arn:aws:dynamodb:us-east-1:123456789012:table/orders';
const VIA_S3 = { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } };
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** A realistic mix: S3 reads and writes, DynamoDB, KMS under a condition, duplicates, a covered key. */
const MIXED: Permission[] = [
  { action: 's3:GetObject', resource: `${BUCKET}/*` },
  { action: 's3:GetObject', resource: `${BUCKET}/reports/2024.csv` }, // covered by uploads/*
  { action: 's3:PutObject', resource: `${BUCKET}/*` },
  { action: 's3:ListBucket', resource: BUCKET },
  { action: 'dynamodb:GetItem', resource: TABLE },
  { action: 'dynamodb:PutItem', resource: TABLE },
  { action: 'dynamodb:Query', resource: TABLE },
  { action: 'dynamodb:Query', resource: `${TABLE}/index/byCustomer` },
  { action: 'kms:Decrypt', resource: KEY, condition: VIA_S3 },
  { action: 'kms:GenerateDataKey', resource: KEY, condition: VIA_S3 },
  { action: 'kms:Decrypt', resource: KEY, condition: VIA_S3 }, // duplicate
  { action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:123456789012:jobs' },
];

const MIXED_POLICY = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'DynamoDB', Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: [TABLE] },
    { Sid: 'DynamoDBb', Effect: 'Allow', Action: ['dynamodb:Query'], Resource: [TABLE, `${TABLE}/index/byCustomer`] },
    { Sid: 'Kms', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: [KEY], Condition: VIA_S3 },
    { Sid: 'S3', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: [`${BUCKET}/*`] },
    { Sid: 'S3b', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [BUCKET] },
    { Sid: 'Sqs', Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: ['arn:aws:sqs:us-east-1:123456789012:jobs'] },
  ],
};

/** A seeded Fisher-Yates shuffle, so a failure can be reproduced. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let index = result.length - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (index + 1);
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

describe('buildPolicy', () => {
  it('merges, drops covered resources, names statements per service and sorts', () => {
    expect(buildPolicy(MIXED)).toEqual({ policy: MIXED_POLICY, findings: [] });
  });

  it('gives identical bytes for any order of the same permissions', () => {
    const expected = JSON.stringify(buildPolicy(MIXED).policy);
    for (let seed = 1; seed <= 25; seed++) {
      expect(JSON.stringify(buildPolicy(shuffled(MIXED, seed)).policy)).toBe(expected);
    }
  });

  it('returns an empty policy and a note for no permissions', () => {
    expect(buildPolicy([])).toEqual({
      policy: { Version: '2012-10-17', Statement: [] },
      findings: [{ severity: 'note', code: 'no-aws-calls', message: 'No AWS call was found, so the policy grants nothing.' }],
    });
  });

  it.each([
    {
      name: 'actions sharing a resource set go in one statement',
      permissions: [
        { action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:1:a' },
        { action: 'sqs:GetQueueUrl', resource: 'arn:aws:sqs:us-east-1:1:a' },
      ],
      statements: [{ Sid: 'Sqs', Effect: 'Allow', Action: ['sqs:GetQueueUrl', 'sqs:SendMessage'], Resource: ['arn:aws:sqs:us-east-1:1:a'] }],
    },
    {
      // By resource set: {a}, {b}, {a,b} = 3 statements; by action set: a -> {X,Y}, b -> {X,Z} = 2.
      name: 'the packing by action set wins when it gives fewer statements',
      permissions: [
        { action: 'sqs:X', resource: 'arn:aws:sqs:us-east-1:1:a' },
        { action: 'sqs:Y', resource: 'arn:aws:sqs:us-east-1:1:a' },
        { action: 'sqs:X', resource: 'arn:aws:sqs:us-east-1:1:b' },
        { action: 'sqs:Z', resource: 'arn:aws:sqs:us-east-1:1:b' },
      ],
      statements: [
        { Sid: 'Sqs', Effect: 'Allow', Action: ['sqs:X', 'sqs:Y'], Resource: ['arn:aws:sqs:us-east-1:1:a'] },
        { Sid: 'Sqsb', Effect: 'Allow', Action: ['sqs:X', 'sqs:Z'], Resource: ['arn:aws:sqs:us-east-1:1:b'] },
      ],
    },
    {
      name: 'resources sharing an action set go in one statement',
      permissions: [
        { action: 'sns:Publish', resource: 'arn:aws:sns:us-east-1:1:b' },
        { action: 'sns:Publish', resource: 'arn:aws:sns:us-east-1:1:a' },
      ],
      statements: [
        { Sid: 'Sns', Effect: 'Allow', Action: ['sns:Publish'], Resource: ['arn:aws:sns:us-east-1:1:a', 'arn:aws:sns:us-east-1:1:b'] },
      ],
    },
    {
      name: '`*` covers every other resource of the same action, and only of that action',
      permissions: [
        { action: 'xray:PutTraceSegments', resource: '*' },
        { action: 'xray:PutTraceSegments', resource: 'arn:aws:xray:us-east-1:1:group/g' },
        { action: 'xray:GetGroup', resource: 'arn:aws:xray:us-east-1:1:group/g' },
      ],
      statements: [
        { Sid: 'XRay', Effect: 'Allow', Action: ['xray:GetGroup'], Resource: ['arn:aws:xray:us-east-1:1:group/g'] },
        { Sid: 'XRayb', Effect: 'Allow', Action: ['xray:PutTraceSegments'], Resource: ['*'] },
      ],
    },
    {
      name: 'an unconditional grant covers a conditional one; a conditional grant does not cover an unconditional one',
      permissions: [
        { action: 'kms:Decrypt', resource: '*' },
        { action: 'kms:Decrypt', resource: 'arn:aws:kms:us-east-1:1:key/k', condition: VIA_S3 },
        { action: 'kms:Encrypt', resource: '*', condition: VIA_S3 },
        { action: 'kms:Encrypt', resource: 'arn:aws:kms:us-east-1:1:key/k' },
      ],
      statements: [
        { Sid: 'Kms', Effect: 'Allow', Action: ['kms:Decrypt'], Resource: ['*'] },
        { Sid: 'Kmsb', Effect: 'Allow', Action: ['kms:Encrypt'], Resource: ['arn:aws:kms:us-east-1:1:key/k'] },
        { Sid: 'Kmsc', Effect: 'Allow', Action: ['kms:Encrypt'], Resource: ['*'], Condition: VIA_S3 },
      ],
    },
    {
      name: 'conditions written differently but meaning the same are one group, written canonically',
      permissions: [
        { action: 'kms:Decrypt', resource: '*', condition: { StringEquals: { 'kms:ViaService': ['b', 'a'] } } },
        { action: 'kms:Encrypt', resource: '*', condition: { StringEquals: { 'kms:ViaService': ['a', 'b', 'a'] } } },
        { action: 'kms:Sign', resource: '*', condition: { StringEquals: { 'kms:ViaService': ['x'] } } },
      ],
      statements: [
        // Statements of one service follow the canonical JSON of their condition: `"x"` before `["a","b"]`.
        { Sid: 'Kms', Effect: 'Allow', Action: ['kms:Sign'], Resource: ['*'], Condition: { StringEquals: { 'kms:ViaService': 'x' } } },
        { Sid: 'Kmsb', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:Encrypt'], Resource: ['*'], Condition: { StringEquals: { 'kms:ViaService': ['a', 'b'] } } },
      ],
    },
    {
      name: 'one action spelled two ways is one action, spelled the same whatever the order',
      permissions: [
        { action: 's3:getobject', resource: 'arn:aws:s3:::b/a' },
        { action: 's3:GetObject', resource: 'arn:aws:s3:::b/b' },
        { action: 's3:Getobject', resource: 'arn:aws:s3:::b/a' },
      ],
      statements: [{ Sid: 'S3', Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/a', 'arn:aws:s3:::b/b'] }],
    },
    {
      name: 'actions sort case-insensitively, resources by code unit',
      permissions: [
        { action: 'logs:PutLogEvents', resource: 'arn:aws:logs:us-east-1:1:log-group:b' },
        { action: 'logs:createLogStream', resource: 'arn:aws:logs:us-east-1:1:log-group:b' },
        { action: 'logs:PutLogEvents', resource: 'arn:aws:logs:us-east-1:1:log-group:B' },
        { action: 'logs:createLogStream', resource: 'arn:aws:logs:us-east-1:1:log-group:B' },
      ],
      statements: [
        {
          Sid: 'Logs',
          Effect: 'Allow',
          Action: ['logs:createLogStream', 'logs:PutLogEvents'],
          Resource: ['arn:aws:logs:us-east-1:1:log-group:B', 'arn:aws:logs:us-east-1:1:log-group:b'],
        },
      ],
    },
  ])('$name', ({ permissions, statements }) => {
    const { policy, findings } = buildPolicy(permissions as Permission[]);
    expect(policy.Statement).toEqual(statements);
    expect(findings).toEqual([]);
  });

  it('reports a malformed action instead of dropping it', () => {
    const { policy, findings } = buildPolicy([{ action: 'GetObject', resource: '*' }]);
    expect(policy.Statement).toEqual([{ Sid: 'Getobject', Effect: 'Allow', Action: ['GetObject'], Resource: ['*'] }]);
    expect(findings).toEqual([
      { severity: 'error', code: 'invalid-policy', message: 'statement Getobject: action "GetObject" is malformed' },
    ]);
  });
});
