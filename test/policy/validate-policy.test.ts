import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Statement } from '../../src/model.js';
import { validatePolicy } from '../../src/policy/validate-policy.js';

const policyOf = (...Statement: Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const allow = (extra: Partial<Statement>): Statement => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'], ...extra });

describe('validatePolicy', () => {
  it.each([
    ['an S3 object ARN (empty region and account)', allow({})],
    ['`*` as resource and action', allow({ Action: '*', Resource: '*' })],
    ['wildcards in every ARN segment but the service', allow({ Resource: ['arn:aws:lambda:*:*:function:*', 'arn:aws-us-gov:sqs:us-gov-west-1:1234?6789012:q'] })],
    ['an AWS managed ARN (account `aws`)', allow({ Resource: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] })],
    ['action wildcards', allow({ Action: ['s3:Get*', 's3:?utObject'] })],
    ['NotAction and NotResource', { Effect: 'Deny', NotAction: ['iam:*'], NotResource: '*' } as Statement],
    ['a condition with a set operator', allow({ Condition: { 'ForAnyValue:StringLike': { 'kms:RequestAlias': ['alias/a*'] } } })],
  ])('accepts %s', (_name, statement) => {
    expect(validatePolicy(policyOf(statement))).toEqual([]);
  });

  it.each([
    ['an action without prefix', allow({ Action: ['GetObject'] }), 'statement 1: action "GetObject" is malformed'],
    ['an action with spaces', allow({ Action: 's3: GetObject' }), 'statement 1: action "s3: GetObject" is malformed'],
    ['a resource that is not an ARN', allow({ Resource: ['my-bucket'] }), 'statement 1: resource "my-bucket" is malformed'],
    ['an ARN with too few segments', allow({ Resource: ['arn:aws:sqs:us-east-1:q'] }), 'statement 1: resource "arn:aws:sqs:us-east-1:q" is malformed'],
    ['an account that is not 12 digits or a wildcard', allow({ Resource: ['arn:aws:sqs:us-east-1:acct:q'] }), 'statement 1: resource "arn:aws:sqs:us-east-1:acct:q" is malformed'],
    ['an empty resource list', allow({ Resource: [] }), 'statement 1: Resource is empty'],
    ['neither Action nor NotAction', { Effect: 'Allow', Resource: '*' } as Statement, 'statement 1: needs exactly one of Action and NotAction'],
    ['both Resource and NotResource', allow({ NotResource: '*' }), 'statement 1: needs exactly one of Resource and NotResource'],
    ['a lowercase effect', allow({ Effect: 'allow' as 'Allow' }), 'statement 1: Effect is "allow", not "Allow" or "Deny"'],
    ['a Sid with a dash', allow({ Sid: 'S3-read' }), 'statement S3-read: Sid "S3-read" may hold only letters and digits'],
    ['a condition without values', allow({ Condition: { StringEquals: { 'aws:SourceVpc': [] } } }), 'statement 1: condition StringEquals aws:SourceVpc has no value'],
  ])('rejects %s', (_name, statement, message) => {
    expect(validatePolicy(policyOf(statement))).toEqual([{ severity: 'error', code: 'invalid-policy', message }]);
  });

  it('rejects a Sid used twice and a wrong version', () => {
    const policy = { Version: '2008-10-17', Statement: [allow({ Sid: 'S3' }), allow({ Sid: 'S3' })] } as unknown as PolicyDocument;
    expect(validatePolicy(policy).map((finding) => finding.message)).toEqual([
      'Version is "2008-10-17", not "2012-10-17"',
      'statement S3: Sid "S3" is used twice',
    ]);
  });
});
