import { describe, expect, it } from 'vitest';
import type { Unknown, Value } from '../../src/model.js';
import { unknownsIn, valueToPattern } from '../../src/resolve/value-to-pattern.js';

const stage: Unknown = { $unknown: 'stage', at: { file: '/a.ts', line: 1, column: 2 } };
const region: Unknown = { $unknown: 'region' };

const patterns: Array<{ name: string; value: Value; expected: string[] }> = [
  { name: 'a string', value: 'orders', expected: ['orders'] },
  { name: 'a number and a boolean', value: 7, expected: ['7'] },
  { name: 'false', value: false, expected: ['false'] },
  { name: 'null', value: null, expected: ['*'] },
  { name: 'an unknown', value: stage, expected: ['*'] },
  { name: 'a template', value: { $template: ['arn:aws:s3:::', stage, '/', region, '/x'] }, expected: ['arn:aws:s3:::*/*/x'] },
  { name: 'adjacent unknowns are one wildcard', value: { $template: ['a-', stage, region] }, expected: ['a-*'] },
  { name: 'a one-of, duplicates dropped', value: { $oneOf: ['a', { $template: ['b-', stage] }, 'a'] }, expected: ['a', 'b-*'] },
  { name: 'an object', value: { Bucket: 'b' }, expected: ['*'] },
  { name: 'an array', value: ['a'], expected: ['*'] },
];

describe('valueToPattern', () => {
  it.each(patterns)('$name', ({ value, expected }) => {
    expect(valueToPattern(value)).toStrictEqual(expected);
  });
});

describe('unknownsIn', () => {
  it('finds unknowns in templates, one-ofs, arrays, objects and $rest, in order', () => {
    const other: Unknown = { $unknown: 'other' };
    const value: Value = {
      Bucket: { $template: ['b-', stage] },
      Keys: [{ $oneOf: ['k', region] }],
      $rest: other,
    };
    expect(unknownsIn(value)).toStrictEqual([stage, region, other]);
  });

  it('finds none in known values', () => {
    expect(unknownsIn({ a: ['x', 1, null, { b: true }] })).toStrictEqual([]);
  });
});
