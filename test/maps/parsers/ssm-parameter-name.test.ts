import { describe, expect, it } from 'vitest';
import { parseSsmParameterName } from '../../../src/maps/parsers/ssm-parameter-name.js';
import type { ParsedValue } from '../../../src/maps/parsers/value-parser.js';
import { testContext } from './context.js';

const named = (name: string, prefix: string): ParsedValue[] => [
  { vars: { ParameterNameWithoutLeadingSlash: name, ParameterPathPrefix: prefix } },
];
const parameterArn = 'arn:aws:ssm:eu-west-1:111122223333:parameter/app/db/url';

const cases: Array<[string | undefined, ParsedValue[]]> = [
  ['/app/db/url', named('app/db/url', 'app/db/url/')],
  ['app-config', named('app-config', 'app-config/')],
  ['//odd', named('/odd', '/odd/')],
  ['/app/', named('app/', 'app/')],
  ['/app/*', named('app/*', 'app/*')],
  ['*', named('*', '*')],
  ['/', named('*', '')],
  [
    parameterArn,
    [
      {
        arn: parameterArn,
        vars: {
          Partition: 'aws',
          Region: 'eu-west-1',
          Account: '111122223333',
          ParameterNameWithoutLeadingSlash: 'app/db/url',
          ParameterPathPrefix: 'app/db/url/',
        },
      },
    ],
  ],
  [undefined, []],
];

describe('ssm-parameter-name', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parseSsmParameterName(value, testContext)).toEqual(expected);
  });
});
