import { describe, expect, it } from 'vitest';
import { chooseResourceTypes, extensionVariable } from '../../scripts/generate/choose-resource-types.js';
import type { SrService } from '../../scripts/generate/read-service-reference.js';

const s3: SrService = {
  prefix: 's3',
  file: 'x',
  actions: new Map(),
  resourceTypes: new Map([
    ['object', ['arn:${Partition}:s3:::${BucketName}/${ObjectName}']],
    ['accesspointobject', ['arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}']],
    ['accesspoint', ['arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}']],
  ]),
};
const dynamodb: SrService = {
  prefix: 'dynamodb',
  file: 'x',
  actions: new Map(),
  resourceTypes: new Map([
    ['table', ['arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}']],
    ['index', ['arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/index/${IndexName}']],
    ['stream', ['arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/stream/${StreamLabel}']],
  ]),
};

describe('chooseResourceTypes', () => {
  it.each([
    { name: 'S3 GetObject: object, not the access point variant', service: s3, types: ['accesspointobject', 'object'], required: [], expected: ['object'] },
    { name: 'a required access point is kept', service: s3, types: ['accesspoint', 'object'], required: ['accesspoint'], expected: ['accesspoint'] },
    { name: 'only variants: all kept', service: s3, types: ['accesspoint'], required: [], expected: ['accesspoint'] },
    { name: 'DynamoDB Query: table required plus its index extension', service: dynamodb, types: ['table', 'index'], required: ['table'], expected: ['table', 'index'] },
    { name: 'an optional type that does not extend a required one is dropped', service: dynamodb, types: ['index', 'stream'], required: ['stream'], expected: ['stream'] },
  ])('$name', ({ service, types, required, expected }) => {
    expect(chooseResourceTypes(service, types, new Set(required)).map((t) => t.name)).toEqual(expected);
  });

  it('guards a type and its extension on the extra variable', () => {
    expect(chooseResourceTypes(dynamodb, ['table', 'index'], new Set(['table']))).toEqual([
      { name: 'table', arnFormat: 'arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}', extends: { variable: 'IndexName', present: false } },
      { name: 'index', arnFormat: 'arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/index/${IndexName}', extends: { variable: 'IndexName', present: true } },
    ]);
  });
});

describe('extensionVariable', () => {
  it.each([
    ['arn:x:table/${TableName}', 'arn:x:table/${TableName}/index/${IndexName}', 'IndexName'],
    ['arn:x:::${BucketName}', 'arn:x:::${BucketName}/${ObjectName}', 'ObjectName'],
    ['arn:x:table/${TableName}', 'arn:x:table/${TableName}', undefined],
    ['arn:x:table/${TableName}', 'arn:x:table/${TableName}/a/${A}/b/${B}', undefined],
    ['arn:x:fn', 'arn:x:fnExtra${V}', undefined],
  ])('%s -> %s', (shorter, longer, expected) => {
    expect(extensionVariable(shorter, longer)).toBe(expected);
  });
});
