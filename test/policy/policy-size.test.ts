import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Statement } from '../../src/model.js';
import { buildPolicy } from '../../src/policy/build-policy.js';
import { fitPolicy, MANAGED_POLICY_LIMIT, policySize, ROLE_INLINE_POLICIES_LIMIT } from '../../src/policy/policy-size.js';

/** `count` queues of 43 characters each: `arn:aws:sqs:us-east-1:123456789012:queue-000`, ... */
function queuePolicy(count: number): PolicyDocument {
  const permissions = Array.from({ length: count }, (_, index) => ({
    action: 'sqs:SendMessage',
    resource: `arn:aws:sqs:us-east-1:123456789012:queue-${String(index).padStart(3, '0')}`,
  }));
  return buildPolicy(permissions).policy;
}

/** Every (action, resource) pair a list of policies grants, to compare before and after a split. */
function grantedPairs(policies: PolicyDocument[]): string[] {
  return policies
    .flatMap((policy) => policy.Statement)
    .flatMap((statement) => (statement.Action as string[]).flatMap((action) => (statement.Resource as string[]).map((resource) => `${action} ${resource}`)))
    .sort();
}

describe('policySize', () => {
  it('counts minified JSON without whitespace', () => {
    // {"Version":"2012-10-17","Statement":[]} is 39 characters.
    expect(policySize({ Version: '2012-10-17', Statement: [] })).toBe(39);
    const withSpaces: Statement = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'], Condition: { StringEquals: { 'aws:PrincipalTag/team': 'a b' } } };
    const withoutSpaces: Statement = { ...withSpaces, Condition: { StringEquals: { 'aws:PrincipalTag/team': 'ab' } } };
    expect(policySize(withSpaces)).toBe(policySize(withoutSpaces));
  });
});

describe('fitPolicy', () => {
  it('returns a policy that fits unchanged and says nothing', () => {
    const policy = queuePolicy(3);
    expect(fitPolicy(policy, MANAGED_POLICY_LIMIT)).toEqual({ policies: [policy], findings: [] });
  });

  it('merges the objects of one folder into a wildcard when that makes it fit, and says so', () => {
    const objects = Array.from({ length: 40 }, (_, index) => `arn:aws:s3:::b/in/file-${index}.json`);
    const { policy } = buildPolicy([
      { action: 's3:GetObject', resource: 'arn:aws:s3:::b' },
      ...objects.map((resource) => ({ action: 's3:GetObject', resource })),
    ]);
    expect(policySize(policy)).toBe(1434);
    const { policies, findings } = fitPolicy(policy, 1000);
    expect(policies).toEqual([
      { Version: '2012-10-17', Statement: [{ Sid: 'S3', Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/in/*'] }] },
    ]);
    expect(findings).toEqual([
      {
        severity: 'warning',
        code: 'policy-compacted',
        message: `To fit the 1000-character policy limit, statement S3 grants arn:aws:s3:::b/in/* instead of 40 resources, which is more than the code needs: ${[...objects].sort().join(', ')}`,
      },
    ]);
  });

  it('splits a policy that no merge can shrink into an exact number of documents granting the same', () => {
    const policy = queuePolicy(300);
    // 300 resources of 46 characters with quotes and comma: 128 fit in one managed policy, so 128 + 128 + 44.
    expect(policySize(policy)).toBe(14211);
    const { policies, findings } = fitPolicy(policy, MANAGED_POLICY_LIMIT);
    expect(policies.map((piece) => (piece.Statement[0]!.Resource as string[]).length)).toEqual([128, 128, 44]);
    expect(policies.map((piece) => piece.Statement.map((statement) => statement.Sid))).toEqual([['Sqs'], ['SqsPart2'], ['SqsPart3']]);
    expect(policies.every((piece) => policySize(piece) <= MANAGED_POLICY_LIMIT)).toBe(true);
    expect(grantedPairs(policies)).toEqual(grantedPairs([policy]));
    expect(findings).toEqual([
      {
        severity: 'warning',
        code: 'policy-split',
        message:
          'The policy is 14211 characters (whitespace not counted), over the 6144-character limit; it was split into 3 policy documents of at most 6144 characters, granting exactly the same.',
      },
    ]);
  });

  it('does not widen anything when merging would not avoid a split', () => {
    const policy = buildPolicy([
      { action: 's3:GetObject', resource: 'arn:aws:s3:::b/in/x.json' },
      { action: 's3:GetObject', resource: 'arn:aws:s3:::b/in/y.json' },
      ...queuePolicy(300).Statement.flatMap((statement) => (statement.Resource as string[]).map((resource) => ({ action: 'sqs:SendMessage', resource }))),
    ]).policy;
    const { policies, findings } = fitPolicy(policy, MANAGED_POLICY_LIMIT);
    expect(findings.map((finding) => finding.code)).toEqual(['policy-split']);
    expect(grantedPairs(policies)).toEqual(grantedPairs([policy]));
    expect(grantedPairs(policies)).toContain('s3:GetObject arn:aws:s3:::b/in/x.json');
  });

  it('splits an oversized inline policy into managed-policy pieces, since inline policies share one budget', () => {
    const { policies, findings } = fitPolicy(queuePolicy(300), ROLE_INLINE_POLICIES_LIMIT);
    expect(policies).toHaveLength(3);
    expect(findings.map((finding) => finding.message)).toEqual([
      "The policy is 14211 characters (whitespace not counted), over the 10240-character limit; it was split into 3 policy documents of at most 6144 characters, granting exactly the same. A role's inline policies share one 10240-character budget, so attach these as managed policies.",
    ]);
  });

  it('keeps whole statements together when several fit in one document', () => {
    const statement = (Sid: string, count: number): Statement => ({
      Sid,
      Effect: 'Allow',
      Action: ['sqs:SendMessage'],
      Resource: Array.from({ length: count }, (_, index) => `arn:aws:sqs:us-east-1:123456789012:${Sid}-${index}`),
    });
    const policy: PolicyDocument = { Version: '2012-10-17', Statement: [statement('A', 60), statement('B', 60), statement('C', 60)] };
    // Each statement is about 2,580 characters: two fit in 5,500, three do not.
    const { policies } = fitPolicy(policy, 5500);
    expect(policies.map((piece) => piece.Statement.map((part) => part.Sid))).toEqual([['A', 'B'], ['C']]);
  });

  it('warns when the pieces exceed the default quota of managed policies per role', () => {
    const { policies, findings } = fitPolicy(queuePolicy(2500), MANAGED_POLICY_LIMIT);
    expect(policies).toHaveLength(20);
    expect(findings[1]).toEqual({
      severity: 'warning',
      code: 'too-many-managed-policies',
      message: '20 managed policies exceed the default quota of 10 per role (20 after an increase).',
    });
  });

  it('keeps and reports a statement that cannot fit even alone, never dropping it', () => {
    const policy: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'S3', Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::b/${'k'.repeat(200)}`] }],
    };
    const { policies, findings } = fitPolicy(policy, 100);
    expect(policies).toEqual([policy]);
    expect(findings.map((finding) => finding.code)).toEqual(['policy-split', 'policy-too-large']);
    expect(findings[1]!.message).toBe('Statement S3 alone is longer than the 100-character limit; it is kept whole and IAM will reject it.');
  });
});
