import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServiceMap } from '../../src/maps/format.js';
import { mergeOverride, readOverrides, validateOverride } from '../../scripts/generate/merge-overrides.js';
import type { ServiceReference } from '../../scripts/generate/read-service-reference.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/generator');

const sr: ServiceReference = {
  services: new Map([
    ['s3', { prefix: 's3', file: 'x', resourceTypes: new Map(), actions: new Map([['getobject', { name: 'GetObject', resources: ['object'] }]]) }],
  ]),
  operationsByBoto3: new Map(),
};

const generatedS3: ServiceMap = {
  client: 's3',
  kind: 'client',
  package: '@aws-sdk/client-s3',
  iamPrefix: 's3',
  resourceTypes: { 's3:object': 'arn:${Partition}:s3:::${BucketName}/${ObjectName}' },
  operations: {
    GetObject: { source: 'service-reference', permissions: [{ action: 's3:GetObject' }] },
    HeadObject: { source: 'name', reason: 'unknown' },
  },
};

describe('overrides', () => {
  it('replaces an operation whole, adds resource types, and keeps the rest', () => {
    const [library, s3] = readOverrides(path.join(fixtures, 'overrides-valid'), 'fx');
    expect([library?.client, s3?.client]).toEqual(['lib-example', 's3']);
    validateOverride(s3!, generatedS3, sr);
    expect(mergeOverride(generatedS3, s3!)).toEqual({
      ...generatedS3,
      resourceTypes: {
        's3:object': 'arn:${Partition}:s3:::${BucketName}/${ObjectName}',
        's3express:bucket': 'arn:${Partition}:s3express:${Region}:${Account}:bucket/${BucketName}',
      },
      operations: {
        GetObject: { source: 'service-reference', permissions: [{ action: 's3:GetObject' }] },
        HeadObject: {
          source: 'override',
          permissions: [{ action: 's3:GetObject', resources: [{ type: 's3:object' }] }],
          reason: 'There is no HeadObject action.',
          doc: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html',
        },
      },
    });
  });

  it('makes a library ServiceMap from a file with a service header', () => {
    const [library] = readOverrides(path.join(fixtures, 'overrides-valid'), 'fx');
    validateOverride(library!, undefined, sr);
    expect(mergeOverride(undefined, library!)).toEqual({
      client: 'lib-example',
      kind: 'library',
      package: '@aws-sdk/lib-example',
      iamPrefix: 's3',
      resourceTypes: {},
      operations: { Put: { source: 'override', sameAs: 's3:PutObject', reason: 'sends PutObject', doc: 'https://example.com/doc' } },
    });
  });

  it.each([
    ['overrides-missing-doc', generatedS3, 'fx/s3.json: operation HeadObject: missing "doc"'],
    ['overrides-library-without-header', undefined, 'fx/lib-example.json: client "lib-example" is not in sdk-service-map.tsv, so the file needs a "service" header'],
  ])('rejects %s', (dir, generated, message) => {
    const [o] = readOverrides(path.join(fixtures, dir), 'fx');
    expect(() => validateOverride(o!, generated, sr)).toThrow(message);
  });

  it('rejects an action the Service Reference lacks, naming file and operation', () => {
    const [, s3] = readOverrides(path.join(fixtures, 'overrides-valid'), 'fx');
    const srWithoutGetObject: ServiceReference = { services: new Map(), operationsByBoto3: new Map() };
    expect(() => validateOverride(s3!, generatedS3, srWithoutGetObject)).toThrow(
      'fx/s3.json: operation HeadObject: action "s3:GetObject" is not in the Service Reference',
    );
  });
});
