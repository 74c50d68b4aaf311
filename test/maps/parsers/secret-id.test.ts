import { describe, expect, it } from 'vitest';
import { parseSecretId } from '../../../src/maps/parsers/secret-id.js';
import type { ParsedValue } from '../../../src/maps/parsers/value-parser.js';
import { testContext } from './context.js';

const arnVars = { Partition: 'aws', Region: 'eu-west-1', Account: '111122223333' };
const fullArn = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/db-AbC123';

const cases: Array<[string | undefined, ParsedValue[]]> = [
  ['prod/db', [{ vars: { SecretId: 'prod/db-??????' } }]],
  ['db-abcdef', [{ vars: { SecretId: 'db-abcdef-??????' } }]],
  ['prod/*', [{ vars: { SecretId: 'prod/*' } }]],
  ['*', [{ vars: { SecretId: '*' } }]],
  ['', [{ vars: { SecretId: '*' } }]],
  [fullArn, [{ arn: fullArn, vars: { ...arnVars, SecretId: 'prod/db-AbC123' } }]],
  [
    'arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/db',
    [{ arn: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/db-??????', vars: { ...arnVars, SecretId: 'prod/db-??????' } }],
  ],
  [
    'arn:aws:secretsmanager:*:*:secret:*',
    [{ arn: 'arn:aws:secretsmanager:*:*:secret:*', vars: { Partition: 'aws', Region: '*', Account: '*', SecretId: '*' } }],
  ],
  [undefined, []],
];

describe('secret-id', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parseSecretId(value, testContext)).toEqual(expected);
  });
});
