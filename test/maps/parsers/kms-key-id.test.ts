import { describe, expect, it } from 'vitest';
import { parseKmsKeyId } from '../../../src/maps/parsers/kms-key-id.js';
import type { ParsedValue } from '../../../src/maps/parsers/value-parser.js';
import { testContext } from './context.js';

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
const keyArn = `arn:aws:kms:eu-west-1:111122223333:key/${keyId}`;
const arnVars = { Partition: 'aws', Region: 'eu-west-1', Account: '111122223333' };
const requestAlias = (value: string, op = 'StringEquals') => [{ op, key: 'kms:RequestAlias', value }];

const cases: Array<[string | undefined, ParsedValue[]]> = [
  [keyId, [{ vars: { KeyId: keyId } }]],
  ['mrk-1234abcd12ab34cd56ef1234567890ab', [{ vars: { KeyId: 'mrk-1234abcd12ab34cd56ef1234567890ab' } }]],
  [keyArn, [{ arn: keyArn, vars: { ...arnVars, KeyId: keyId } }]],
  ['alias/orders', [{ vars: { KeyId: '*', Alias: 'orders' }, conditions: requestAlias('alias/orders') }]],
  ['alias/app-*', [{ vars: { KeyId: '*', Alias: 'app-*' }, conditions: requestAlias('alias/app-*', 'StringLike') }]],
  [
    'arn:aws:kms:eu-west-1:111122223333:alias/orders',
    [{ vars: { ...arnVars, KeyId: '*', Alias: 'orders' }, conditions: requestAlias('alias/orders') }],
  ],
  ['arn:aws:kms:eu-west-1:111122223333:grant/x', [{ vars: { ...arnVars, KeyId: '*' } }]],
  ['*', [{ vars: { KeyId: '*' } }]],
  ['', [{ vars: { KeyId: '*' } }]],
  [undefined, []],
];

describe('kms-key-id', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parseKmsKeyId(value, testContext)).toEqual(expected);
  });
});
