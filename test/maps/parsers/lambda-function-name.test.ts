import { describe, expect, it } from 'vitest';
import { parseLambdaFunctionName } from '../../../src/maps/parsers/lambda-function-name.js';
import { testContext } from './context.js';

const arnVars = { Partition: 'aws', Region: 'us-west-2', Account: '111122223333' };

const cases: Array<[string | undefined, Record<string, string>[]]> = [
  ['resize', [{ FunctionName: 'resize' }]],
  ['resize:prod', [{ FunctionName: 'resize', Qualifier: 'prod' }]],
  ['resize:$LATEST', [{ FunctionName: 'resize', Qualifier: '$LATEST' }]],
  ['111122223333:function:resize', [{ Account: '111122223333', FunctionName: 'resize' }]],
  ['111122223333:function:resize:7', [{ Account: '111122223333', FunctionName: 'resize', Qualifier: '7' }]],
  ['arn:aws:lambda:us-west-2:111122223333:function:resize', [{ ...arnVars, FunctionName: 'resize' }]],
  ['arn:aws:lambda:us-west-2:111122223333:function:resize:live', [{ ...arnVars, FunctionName: 'resize', Qualifier: 'live' }]],
  ['arn:aws:lambda:us-west-2:111122223333:layer:x', [{ ...arnVars, FunctionName: '*' }]],
  ['orders-*', [{ FunctionName: 'orders-*' }]],
  ['*', [{ FunctionName: '*' }]],
  ['a:b:c', [{ FunctionName: '*' }]],
  ['resize:', [{ FunctionName: '*' }]],
  ['', [{ FunctionName: '*' }]],
  [undefined, []],
];

describe('lambda-function-name', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parseLambdaFunctionName(value, testContext)).toEqual(expected.map((vars) => ({ vars })));
  });
});
