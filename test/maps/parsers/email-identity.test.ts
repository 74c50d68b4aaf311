import { describe, expect, it } from 'vitest';
import { parseEmailIdentity } from '../../../src/maps/parsers/email-identity.js';
import type { ParsedValue } from '../../../src/maps/parsers/value-parser.js';
import { testContext } from './context.js';

const identities = (...names: string[]): ParsedValue[] => names.map((IdentityName) => ({ vars: { IdentityName } }));
const identityArn = 'arn:aws:ses:eu-west-1:111122223333:identity/example.com';

const cases: Array<[string | undefined, ParsedValue[]]> = [
  ['Name <user@example.com>', identities('user@example.com', 'example.com')],
  ['"Doe, Jane" <jane@mail.example.com> ', identities('jane@mail.example.com', 'mail.example.com')],
  ['user@example.com', identities('user@example.com', 'example.com')],
  ['example.com', identities('example.com')],
  ['*@example.com', identities('*@example.com', 'example.com')],
  ['noreply@*', identities('noreply@*', '*')],
  ['*', identities('*')],
  ['Support Team', identities('*')],
  ['user@', identities('user@', '*')],
  [identityArn, [{ arn: identityArn, vars: { Partition: 'aws', Region: 'eu-west-1', Account: '111122223333', IdentityName: 'example.com' } }]],
  [undefined, []],
];

describe('email-identity', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parseEmailIdentity(value, testContext)).toEqual(expected);
  });
});
