import { describe, expect, it } from 'vitest';
import { evaluatePredicate, type RuleInput } from '../../src/maps/evaluate-predicate.js';
import type { Predicate } from '../../src/maps/format.js';

const unknown = { $unknown: 'from the event' };
const known: RuleInput = { input: { Bucket: 'b--x-s3', VersionId: unknown, ACL: 'private' }, kmsEncrypted: false };
const wholeUnknown: RuleInput = { input: unknown, kmsEncrypted: true };
const unknownElement: RuleInput = { input: { TransactItems: unknown }, element: unknown, kmsEncrypted: false };

describe('evaluatePredicate', () => {
  const cases: Array<[string, Predicate, RuleInput, boolean]> = [
    ['present, with an unknown value', { present: 'VersionId' }, known, true],
    ['present, missing', { present: 'Tagging' }, known, false],
    ['absent, missing', { absent: 'Tagging' }, known, true],
    ['equals', { equals: ['ACL', 'private'] }, known, true],
    ['equals, other value', { equals: ['ACL', 'public-read'] }, known, false],
    ['equals, unknown value', { equals: ['VersionId', 'v1'] }, known, false],
    ['equals compares booleans as text', { equals: ['WithDecryption', 'true'] }, { input: { WithDecryption: true }, kmsEncrypted: false }, true],
    ['equals, a template with unknown parts', { equals: ['Name', 'a-*'] }, { input: { Name: { $template: ['a-', { $unknown: 'x' }] } }, kmsEncrypted: false }, false],
    ['matches', { matches: ['Bucket', '--x-s3$'] }, known, true],
    ['matches with flags', { matches: ['ACL', '^PRIVATE$', 'i'] }, known, true],
    ['an unknown input: optional parameter taken as unset', { present: 'VersionId' }, wholeUnknown, false],
    ['an unknown input: absent holds', { absent: 'VersionId' }, wholeUnknown, true],
    ['context kms', { context: 'kms' }, wholeUnknown, true],
    ['context kms, not known', { context: 'kms' }, known, false],
    ['an unknown element: element tests hold', { present: '@.Put' }, unknownElement, true],
    ['an unknown element: root tests as usual', { present: 'ClientRequestToken' }, unknownElement, false],
    ['all', { all: [{ present: 'VersionId' }, { equals: ['ACL', 'private'] }] }, known, true],
    ['any', { any: [{ present: 'Tagging' }, { equals: ['ACL', 'x'] }] }, known, false],
    ['not', { not: { present: 'Tagging' } }, known, true],
  ];
  it.each(cases)('%s', (_name, predicate, input, expected) => {
    expect(evaluatePredicate(predicate, input)).toBe(expected);
  });
});
