import { describe, expect, it } from 'vitest';
import { evaluateCondition, requestContext } from '../../src/diff/evaluate-condition.js';
import type { Condition } from '../../src/model.js';

const viaS3 = requestContext({ StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } });
const eitherRegion = requestContext({ StringEquals: { 'kms:ViaService': ['s3.us-east-1.amazonaws.com', 's3.eu-west-1.amazonaws.com'] } });

describe('evaluateCondition', () => {
  it.each<[string, Condition | undefined, Map<string, string[]>, { satisfied: boolean; undecided: string[] }]>([
    ['no condition', undefined, viaS3, { satisfied: true, undecided: [] }],
    ['StringEquals, same value', { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }, viaS3, { satisfied: true, undecided: [] }],
    ['keys are case-insensitive', { StringEquals: { 'KMS:VIASERVICE': 's3.us-east-1.amazonaws.com' } }, viaS3, { satisfied: true, undecided: [] }],
    ['StringEquals, other value', { StringEquals: { 'kms:ViaService': 'sqs.us-east-1.amazonaws.com' } }, viaS3, { satisfied: false, undecided: [] }],
    ['values of one key are alternatives', { StringEquals: { 'kms:ViaService': ['sqs.us-east-1.amazonaws.com', 's3.us-east-1.amazonaws.com'] } }, viaS3, { satisfied: true, undecided: [] }],
    ['StringLike', { StringLike: { 'kms:ViaService': 's3.*.amazonaws.com' } }, viaS3, { satisfied: true, undecided: [] }],
    ['StringNotEquals holds when no value matches', { StringNotEquals: { 'kms:ViaService': ['sqs.us-east-1.amazonaws.com'] } }, viaS3, { satisfied: true, undecided: [] }],
    ['StringNotLike fails on a match', { StringNotLike: { 'kms:ViaService': 's3.*' } }, viaS3, { satisfied: false, undecided: [] }],
    ['IfExists on a present key is the plain operator', { StringEqualsIfExists: { 'kms:ViaService': 'sqs.us-east-1.amazonaws.com' } }, viaS3, { satisfied: false, undecided: [] }],
    ['Null false: the key is present', { Null: { 'kms:ViaService': 'false' } }, viaS3, { satisfied: true, undecided: [] }],
    ['Null true: the key is present', { Null: { 'kms:ViaService': 'true' } }, viaS3, { satisfied: false, undecided: [] }],
    ['every possible request value must pass', { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }, eitherRegion, { satisfied: false, undecided: [] }],
    ['a key the code does not pin', { StringEquals: { 'aws:SourceVpc': 'vpc-1' } }, viaS3, { satisfied: true, undecided: ['StringEquals aws:SourceVpc'] }],
    ['an operator iamgen does not evaluate', { NumericLessThan: { 'kms:ViaService': '3' } }, viaS3, { satisfied: true, undecided: ['NumericLessThan kms:ViaService'] }],
    ['a set operator', { 'ForAnyValue:StringEquals': { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }, viaS3, { satisfied: true, undecided: ['ForAnyValue:StringEquals kms:ViaService'] }],
    [
      'a failing test decides whatever is undecided',
      { StringEquals: { 'aws:SourceVpc': 'vpc-1', 'kms:ViaService': 'sqs.us-east-1.amazonaws.com' } },
      viaS3,
      { satisfied: false, undecided: ['StringEquals aws:SourceVpc'] },
    ],
  ])('%s', (_name, condition, context, expected) => {
    expect(evaluateCondition(condition, context)).toEqual(expected);
  });

  it('takes only equality operators of the needed condition as known request values', () => {
    expect([...requestContext({ StringLike: { 'a:b': 'x*' }, Bool: { 'aws:SecureTransport': 'true' }, ArnEquals: { 'c:d': ['e', 'f'] } })]).toEqual([
      ['aws:securetransport', ['true']],
      ['c:d', ['e', 'f']],
    ]);
  });
});
