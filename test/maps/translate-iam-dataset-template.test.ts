import { describe, expect, it } from 'vitest';
import { translateArnOverride, translateTemplate } from '../../scripts/generate/translate-iam-dataset-template.js';
import { translateCondition } from '../../scripts/generate/translate-iam-dataset-condition.js';

describe('translateTemplate', () => {
  it.each([
    ['${Bucket}', { kind: 'path', path: 'Bucket' }],
    ['${TransactItems[].Put.TableName}', { kind: 'path', path: 'TransactItems[].Put.TableName' }],
    ['%%regex%${QueueUrl}%/^.+\\/(.+?)$/g%%', { kind: 'parse', from: 'QueueUrl', parser: 'sqs-queue-url' }],
    ['%%regex%${FunctionName}%/^(?:^arn\\:aws\\:.+function\\:|^[0-9]{12}\\:function\\:)?([^:]+?)(?:\\:[^:]+)?$/g%%', { kind: 'parse', from: 'FunctionName', parser: 'lambda-function-name' }],
    // The same regex written with doubled backslashes in some entries.
    ['%%regex%${FunctionName}%/^(?:^arn\\\\:aws\\\\:.+function\\\\:|^[0-9]{12}\\\\:function\\\\:)?([^:]+?)(?:\\\\:[^:]+)?$/g%%', { kind: 'parse', from: 'FunctionName', parser: 'lambda-function-name' }],
    ['%%regex%${KeyId}%/^(?:.*\\/)?([0-9a-f-]+)$/g%%', { kind: 'parse', from: 'KeyId', parser: 'kms-key-id' }],
    ['%%regex%${DestinationKeyId}%/^(?:.*\\/)?([0-9a-f-]+)$/g%%', { kind: 'parse', from: 'DestinationKeyId', parser: 'kms-key-id' }],
    ['%%regex%${Name}%/^\\/(.+)$/g%%', { kind: 'parse', from: 'Name', parser: 'ssm-parameter-name' }],
    ['%%regex%${cluster}%/^(?:.+\\/)?(.+)$/g%%', { kind: 'parse', from: 'cluster', parser: 'arn-or-name' }],
    ['%%regex%${Role}%/(?:arn.*/)?(.+)/g%%', { kind: 'parse', from: 'Role', parser: 'arn-or-name' }],
    // A regex the queue-URL parser would read, but over a parameter that is not a queue URL.
    ['%%regex%${Other}%/^.+\\/(.+?)$/g%%', { kind: 'unbound', why: 'regex ^.+\\/(.+?)$ over Other has no parser' }],
    ['%%regex%${PolicyId}%/^(?:p-)?(.+)$/g%%', { kind: 'unbound', why: 'regex ^(?:p-)?(.+)$ over PolicyId has no parser' }],
    ['%%regex%${Path}%/^\\/(.+)$/g%%*', { kind: 'unbound', why: 'template %%regex%${Path}%/^\\/(.+)$/g%%* is not a single value' }],
  ])('%s', (template, expected) => {
    expect(translateTemplate(template)).toEqual(expected);
  });
});

describe('translateArnOverride', () => {
  it.each([
    ['*', { kind: 'none' }],
    ['${Role}', { kind: 'whole', path: 'Role' }],
    ['arn:${Partition}:secretsmanager:${Region}:${Account}:secret:%%regex%${SecretId}%/(?:arn.*:)?(.+)/g%%', { kind: 'parse', from: 'SecretId', parser: 'secret-id' }],
    ['arn:${Partition}:s3:::${Bucket}', { kind: 'arn', arn: 'arn:${Partition}:s3:::${Bucket}', bind: { Bucket: 'Bucket' } }],
    ['arn:${Partition}:elasticmapreduce:${Region}:${Account}:cluster/${JobFlowIds[]}', { kind: 'arn', arn: 'arn:${Partition}:elasticmapreduce:${Region}:${Account}:cluster/${JobFlowIds}', bind: { JobFlowIds: 'JobFlowIds[]' } }],
    ['arn:${Partition}:iam::${Account}:role/%%regex%${Role}%/(?:arn.*/)?(.+)/g%%', { kind: 'unbound', why: 'arn_override arn:${Partition}:iam::${Account}:role/%%regex%${Role}%/(?:arn.*/)?(.+)/g%% has a regex no parser reads' }],
  ])('%s', (template, expected) => {
    expect(translateArnOverride(template)).toEqual(expected);
  });
});

describe('translateCondition', () => {
  it.each([
    [{ lhs: 'VersionId', op: 'Exists' }, { present: 'VersionId' }],
    [{ lhs: 'VersionId', op: 'NotExists' }, { absent: 'VersionId' }],
    [{ lhs: 'TaggingDirective', op: 'NotEquals', rhs: 'REPLACE' }, { not: { equals: ['TaggingDirective', 'REPLACE'] } }],
    [{ lhs: 'Statement', op: 'IContains', rhs: 'SELECT ' }, { matches: ['Statement', 'SELECT ', 'i'] }],
    [
      { lhs: 'QueryString', op: 'IContains', rhs: 'SELECT ', andCondition: { lhs: 'QueryString', op: 'INotContains', rhs: ' FROM ' } },
      { all: [{ matches: ['QueryString', 'SELECT ', 'i'] }, { not: { matches: ['QueryString', ' FROM ', 'i'] } }] },
    ],
    [{ lhs: 'Bucket', op: 'NotStartsWith', rhs: 'arn:' }, undefined],
  ])('%j', (condition, expected) => {
    expect(translateCondition(condition)).toEqual(expected);
  });
});
