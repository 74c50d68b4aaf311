import { describe, expect, it } from 'vitest';
import { actionPatternCovers, resourcePatternCovers } from '../../src/policy/arn-pattern-covers.js';

describe('resourcePatternCovers', () => {
  it.each([
    // outer, inner, expected
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/k', true],
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/a/b/c', true], // `*` crosses `/`
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::b', false],
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::bucket/k', false],
    ['arn:aws:s3:::b*', 'arn:aws:s3:::b/k', true],
    ['*', 'arn:aws:s3:::b/k', true],
    ['*', '*', true],
    ['arn:aws:s3:::b/k', '*', false],
    ['arn:aws:s3:::*', 'arn:aws:s3:::b/k', true],
    ['arn:aws:s3:::*/*', 'arn:aws:s3:::b/k', true],
    ['arn:aws:s3:::*/*', 'arn:aws:s3:::b', false],
    ['arn:aws:s3:::b/K', 'arn:aws:s3:::b/k', false], // resources are case-sensitive
    ['arn:aws:s3:::b/?', 'arn:aws:s3:::b/k', true],
    ['arn:aws:s3:::b/?', 'arn:aws:s3:::b/kk', false],
    ['arn:aws:s3:::b/?', 'arn:aws:s3:::b/', false],
    // A `*` ending its segment crosses colons; one inside a segment does not.
    ['arn:aws:lambda:*:123456789012:function:f', 'arn:aws:lambda:us-east-1:123456789012:function:f', true],
    ['arn:aws:lambda:us-east-1:123456789012:function:*', 'arn:aws:lambda:us-east-1:123456789012:function:f:live', true],
    ['arn:aws:lambda:us-east-1:123456789012:function:f*x', 'arn:aws:lambda:us-east-1:123456789012:function:f:x', false],
    ['arn:aws:lambda:us-east-1:123456789012:function:f*x', 'arn:aws:lambda:us-east-1:123456789012:function:fox', true],
    // Pattern against pattern.
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/uploads/*', true],
    ['arn:aws:s3:::b/uploads/*', 'arn:aws:s3:::b/*', false],
    ['arn:aws:s3:::*/*', 'arn:aws:s3:::b/*', true],
    ['arn:aws:s3:::b/?', 'arn:aws:s3:::b/*', false],
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/?', true],
    ['arn:aws:s3:::b/??', 'arn:aws:s3:::b/?', false],
    ['arn:aws:dynamodb:us-east-1:1:table/t/index/*', 'arn:aws:dynamodb:us-east-1:1:table/t', false],
    ['arn:aws:dynamodb:us-east-1:1:table/a*b', 'arn:aws:dynamodb:us-east-1:1:table/a?b', false], // `?` may be a colon
    // Sound but not complete: both name every non-empty string, yet this is not proven.
    ['arn:aws:s3:::b/*?', 'arn:aws:s3:::b/?*', false],
  ])('%s covers %s: %s', (outer, inner, expected) => {
    expect(resourcePatternCovers(outer, inner)).toBe(expected);
  });

  it('handles long resources without deep recursion problems', () => {
    const key = 'k'.repeat(1000);
    expect(resourcePatternCovers('arn:aws:s3:::b/*k', `arn:aws:s3:::b/${key}`)).toBe(true);
  });
});

describe('actionPatternCovers', () => {
  it.each([
    ['s3:GetObject', 's3:getobject', true], // actions are case-insensitive
    ['s3:Get*', 's3:GetObject', true],
    ['S3:GET*', 's3:GetObjectTagging', true],
    ['s3:Get*', 's3:PutObject', false],
    ['s3:*', 's3:PutObject', true],
    ['s3:*', 'sqs:SendMessage', false],
    ['*', 'sqs:SendMessage', true],
    ['s3:?etObject', 's3:GetObject', true],
    ['s3:GetObject', 's3:Get*', false],
    ['s3:Get*', 's3:GetObject*', true],
  ])('%s covers %s: %s', (outer, inner, expected) => {
    expect(actionPatternCovers(outer, inner)).toBe(expected);
  });
});
