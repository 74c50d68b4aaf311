import { describe, expect, it } from 'vitest';
import { parseEnvFlags } from '../../src/cli/env-option.js';
import { callContextFrom } from '../../src/call-context.js';

describe('parseEnvFlags', () => {
  it('reads repeated KEY=VALUE flags; a value may contain "="', () => {
    expect(parseEnvFlags(['TABLE=orders', 'FILTER=a=b', 'EMPTY='])).toEqual({ TABLE: 'orders', FILTER: 'a=b', EMPTY: '' });
  });
  it('reads a single flag', () => {
    expect(parseEnvFlags('TABLE=orders')).toEqual({ TABLE: 'orders' });
  });
  it('rejects a flag without a key', () => {
    expect(() => parseEnvFlags(['=x'])).toThrow('--env =x: expected KEY=VALUE');
    expect(() => parseEnvFlags(['TABLE'])).toThrow('--env TABLE: expected KEY=VALUE');
  });
});

describe('callContextFrom', () => {
  const cases: Array<[string, Parameters<typeof callContextFrom>[0], Record<string, string>, ReturnType<typeof callContextFrom>]> = [
    ['flags win', { account: '1', region: 'eu-west-1' }, { AWS_REGION: 'us-east-1', AWS_ACCOUNT_ID: '2' }, { partition: 'aws', region: 'eu-west-1', account: '1' }],
    ['environment next', {}, { AWS_DEFAULT_REGION: 'cn-north-1', AWS_ACCOUNT_ID: '2' }, { partition: 'aws-cn', region: 'cn-north-1', account: '2' }],
    ['AWS_REGION before AWS_DEFAULT_REGION', {}, { AWS_REGION: 'us-gov-west-1', AWS_DEFAULT_REGION: 'us-east-1' }, { partition: 'aws-us-gov', region: 'us-gov-west-1', account: '*' }],
    ['otherwise wildcards', {}, {}, { partition: 'aws', region: '*', account: '*' }],
    ['empty environment variables count as unset', {}, { AWS_REGION: '', AWS_ACCOUNT_ID: '' }, { partition: 'aws', region: '*', account: '*' }],
    ['an explicit partition', { partition: 'aws-iso' }, {}, { partition: 'aws-iso', region: '*', account: '*' }],
  ];
  it.each(cases)('%s', (_name, settings, env, expected) => {
    expect(callContextFrom(settings, env)).toEqual(expected);
  });
});
