import { describe, expect, it } from 'vitest';
import { parseApigwEndpoint } from '../../../src/maps/parsers/apigw-endpoint.js';
import { testContext } from './context.js';

const customDomain = { ApiId: '*', Region: 'us-east-1', Stage: '*' };

const cases: Array<[string | undefined, Record<string, string>]> = [
  ['https://abc123.execute-api.us-east-1.amazonaws.com/prod', { ApiId: 'abc123', Region: 'us-east-1', Stage: 'prod' }],
  ['https://abc123.execute-api.eu-west-1.amazonaws.com/prod/', { ApiId: 'abc123', Region: 'eu-west-1', Stage: 'prod' }],
  ['wss://abc123.execute-api.eu-west-1.amazonaws.com/dev', { ApiId: 'abc123', Region: 'eu-west-1', Stage: 'dev' }],
  ['abc123.execute-api.eu-west-1.amazonaws.com/dev', { ApiId: 'abc123', Region: 'eu-west-1', Stage: 'dev' }],
  ['https://abc123.execute-api.eu-west-1.amazonaws.com', { ApiId: 'abc123', Region: 'eu-west-1', Stage: '*' }],
  ['https://*.execute-api.*.amazonaws.com/*', { ApiId: '*', Region: '*', Stage: '*' }],
  ['https://ws.example.com/prod', customDomain],
  ['https://*/*', customDomain],
  ['*', customDomain],
  [undefined, customDomain],
];

describe('apigw-endpoint', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parseApigwEndpoint(value, testContext)).toEqual([{ vars: expected }]);
  });
});
