import { describe, expect, it } from 'vitest';
import { sidBase, sidSuffix } from '../../src/policy/statement-sid.js';

describe('sidBase', () => {
  it.each([
    ['s3', 'S3'],
    ['dynamodb', 'DynamoDB'],
    ['kms', 'Kms'],
    ['secretsmanager', 'SecretsManager'],
    ['execute-api', 'ExecuteApi'],
    ['s3-object-lambda', 'S3ObjectLambda'],
    ['SQS', 'Sqs'],
    ['', 'Statement'],
    ['-', 'Statement'],
  ])('%s -> %s', (prefix, expected) => {
    expect(sidBase(prefix)).toBe(expected);
  });
});

describe('sidSuffix', () => {
  it.each([
    [0, ''],
    [1, 'b'],
    [2, 'c'],
    [25, 'z'],
    [26, 'aa'],
    [27, 'ab'],
    [26 + 26, 'ba'],
  ])('%i -> %s', (index, expected) => {
    expect(sidSuffix(index)).toBe(expected);
  });

  it('gives distinct suffixes to the first 1000 statements of a service', () => {
    const suffixes = Array.from({ length: 1000 }, (_, index) => sidSuffix(index));
    expect(new Set(suffixes).size).toBe(1000);
    expect(suffixes.every((suffix) => /^[a-z]*$/.test(suffix))).toBe(true);
  });
});
