import { describe, expect, it } from 'vitest';
import { readPath } from '../../src/maps/input-path.js';
import type { Value } from '../../src/model.js';

const unknown = { $unknown: 'from the event' };

describe('readPath', () => {
  const cases: Array<[string, Value | undefined, string, unknown]> = [
    ['a property', { Bucket: 'b' }, 'Bucket', [{ kind: 'value', value: 'b' }]],
    ['a missing property', { Bucket: 'b' }, 'Key', [{ kind: 'absent' }]],
    ['null is absent', { Key: null }, 'Key', [{ kind: 'absent' }]],
    ['no input', undefined, 'Bucket', [{ kind: 'absent' }]],
    ['a nested property', { Content: { Raw: { Data: 'x' } } }, 'Content.Raw', [{ kind: 'value', value: { Data: 'x' } }]],
    ['an unknown value is a value', { Key: unknown }, 'Key', [{ kind: 'value', value: unknown }]],
    ['below an unknown input: maybe', unknown, 'Bucket', [{ kind: 'maybe', unknown }]],
    ['a spread of something unknown: maybe', { Bucket: 'b', $rest: unknown }, 'VersionId', [{ kind: 'maybe', unknown }]],
    ['every element', { Names: ['/a', '/b'] }, 'Names[]', [{ kind: 'value', value: '/a' }, { kind: 'value', value: '/b' }]],
    ['a property of every element', { Entries: [{ EventBusName: 'x' }, {}] }, 'Entries[].EventBusName', [{ kind: 'value', value: 'x' }, { kind: 'absent' }]],
    ['map keys', { RequestItems: { orders: [], users: [] } }, 'RequestItems{}', [{ kind: 'value', value: 'orders' }, { kind: 'value', value: 'users' }]],
    ['map keys with an unknown spread', { RequestItems: { orders: [], $rest: unknown } }, 'RequestItems{}', [{ kind: 'value', value: 'orders' }, { kind: 'value', value: unknown }]],
    ['one-of fans out', { TableName: { $oneOf: ['a', 'b'] } }, 'TableName', [{ kind: 'value', value: 'a' }, { kind: 'value', value: 'b' }]],
    ['a one-of of objects', { $oneOf: [{ Bucket: 'a' }, { Bucket: 'b' }] }, 'Bucket', [{ kind: 'value', value: 'a' }, { kind: 'value', value: 'b' }]],
  ];
  it.each(cases)('%s', (_name, input, path, expected) => {
    expect(readPath(input, path)).toEqual(expected);
  });
});
