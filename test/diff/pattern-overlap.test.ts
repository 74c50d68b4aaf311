import { describe, expect, it } from 'vitest';
import { globMatches, patternsOverlap } from '../../src/diff/pattern-overlap.js';

describe('patternsOverlap', () => {
  it.each([
    ['arn:aws:s3:::invoices/*', 'arn:aws:s3:::invoices/2024/a.pdf', false, true],
    ['arn:aws:s3:::invoices/*', 'arn:aws:s3:::archive/*', false, false],
    ['arn:aws:s3:::invoices/secret/*', 'arn:aws:s3:::invoices/*', false, true],
    ['arn:aws:s3:::*/a', 'arn:aws:s3:::b/*', false, true],
    ['arn:aws:sqs:*:1:q?', 'arn:aws:sqs:us-east-1:1:q', false, false],
    ['arn:aws:sqs:*:1:q?', 'arn:aws:sqs:us-east-1:1:q1', false, true],
    ['Table/Orders', 'table/orders', false, false],
    ['dynamodb:Get*', 'DynamoDB:getitem', true, true],
    ['dynamodb:Get*', 'dynamodb:PutItem', true, false],
    ['*', 'anything', false, true],
  ])('%s and %s (ignoreCase %s) -> %s', (a, b, ignoreCase, expected) => {
    expect(patternsOverlap(a, b, ignoreCase)).toBe(expected);
    expect(patternsOverlap(b, a, ignoreCase)).toBe(expected);
  });
});

describe('globMatches', () => {
  it.each([
    ['arn:aws:s3:::in*', 'arn:aws:s3:::invoices', false, true],
    ['arn:aws:s3:::in?', 'arn:aws:s3:::invoices', false, false],
    ['s3.*.amazonaws.com', 's3.us-east-1.amazonaws.com', false, true],
    ['S3.*', 's3.us-east-1.amazonaws.com', false, false],
    ['S3.*', 's3.us-east-1.amazonaws.com', true, true],
    ['a.b', 'axb', false, false],
    ['a*', 'a*', false, true],
  ])('%s matches %s (ignoreCase %s) -> %s', (pattern, value, ignoreCase, expected) => {
    expect(globMatches(pattern, value, ignoreCase)).toBe(expected);
  });
});
