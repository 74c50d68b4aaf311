import { describe, expect, it } from 'vitest';
import { describeExcessGroup, groupExcess } from '../../src/report/excess-groups.js';

const TABLE = 'arn:aws:dynamodb:us-east-1:1:table/t';
const BUCKET = 'arn:aws:s3:::b';

describe('groupExcess', () => {
  it('puts everything one declared wildcard expands to in one group, and exact actions on the same resources together', () => {
    const groups = groupExcess([
      { action: 's3:PutObject', resource: `${BUCKET}/*`, declared: 's3:*', statementSid: 'S' },
      { action: 's3:DeleteObject', resource: `${BUCKET}/*`, declared: 's3:*', statementSid: 'S' },
      { action: 's3:CreateBucket', resource: BUCKET, declared: 's3:*', statementSid: 'S' },
      { action: 'dynamodb:GetItem', resource: TABLE },
      { action: 'dynamodb:DeleteItem', resource: TABLE },
      { action: 'dynamodb:Scan', resource: `${TABLE}/index/*` },
    ]);
    expect(groups).toEqual([
      { label: 'dynamodb:DeleteItem, dynamodb:GetItem', actions: ['dynamodb:DeleteItem', 'dynamodb:GetItem'], resources: [TABLE] },
      { label: 'dynamodb:Scan', actions: ['dynamodb:Scan'], resources: [`${TABLE}/index/*`] },
      { label: 's3:*', actions: ['s3:CreateBucket', 's3:DeleteObject', 's3:PutObject'], resources: [BUCKET, `${BUCKET}/*`], statementSid: 'S' },
    ]);
    expect(groups.map((group) => describeExcessGroup(group, 2))).toEqual([
      'dynamodb:DeleteItem, dynamodb:GetItem',
      'dynamodb:Scan',
      's3:* (3 actions: s3:CreateBucket, s3:DeleteObject, …)',
    ]);
  });

  it('keeps statements apart', () => {
    const groups = groupExcess([
      { action: 'sqs:SendMessage', resource: '*', statementSid: 'A' },
      { action: 'sqs:SendMessage', resource: '*', statementSid: 'B' },
    ]);
    expect(groups.map((group) => group.statementSid)).toEqual(['A', 'B']);
  });
});
