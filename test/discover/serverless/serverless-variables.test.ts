import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readServerlessYml, type ServerlessOptions } from '../../../src/discover/serverless/read-serverless-yml.js';
import { projectOnDisk } from './project-on-disk.js';

// Each case is one environment variable of one function; the rest of the file is the same.
function fileWith(value: string): string {
  return `service: notes
provider:
  name: aws
  region: eu-west-1
custom:
  table: orders-\${sls:stage}
  tables:
    dev: orders-development
    prod: orders-production
  port: 3000
  cycleA: \${self:custom.cycleB}
  cycleB: \${self:custom.cycleA}
params:
  default:
    domain: example.test
  prod:
    domain: example.com
functions:
  fn:
    handler: handler.main
    environment:
      VALUE: ${value}
`;
}

function resolve(value: string, options: ServerlessOptions = {}) {
  const dir = projectOnDisk({ 'serverless.yml': fileWith(value), 'handler.ts': 'export const main = () => 1;\n' });
  const result = readServerlessYml(path.join(dir, 'serverless.yml'), options);
  const fn = result.functions[0]!;
  return { value: fn.env.VALUE, findings: fn.findings.map((finding) => `${finding.code} ${path.basename(finding.at!.file)}:${finding.at!.line}`) };
}

describe('readServerlessYml: variables', () => {
  it.each([
    ['${self:service}', {}, 'notes'],
    ['${self:service}-${sls:stage}-orders', {}, 'notes-dev-orders'],
    ['${sls:stage}', { stage: 'prod' }, 'prod'],
    ["${opt:stage, 'staging'}", {}, 'staging'],
    ["${opt:stage, 'staging'}", { stage: 'prod' }, 'prod'],
    ['${opt:region}', { region: 'ap-south-1' }, 'ap-south-1'],
    ['${aws:region}', {}, 'eu-west-1'],
    ['${aws:region}', { region: 'us-west-2' }, 'us-west-2'],
    ['${aws:accountId}', {}, '*'],
    ['${aws:accountId}', { account: '123456789012' }, '123456789012'],
    ["${env:TABLE, 'orders'}", {}, 'orders'],
    ['${self:custom.table}', {}, 'orders-dev'],
    ['${self:custom.table}', { stage: 'prod' }, 'orders-prod'],
    ['${self:custom.tables.${sls:stage}}', { stage: 'prod' }, 'orders-production'],
    ["${self:custom.missing, 'fallback'}", {}, 'fallback'],
    ['${self:custom.missing, self:custom.table}', {}, 'orders-dev'],
    ['${self:custom.port}', {}, '3000'],
    ['${self:provider.region}', {}, 'eu-west-1'],
    ['${param:domain}', {}, 'example.test'],
    ['${param:domain}', { stage: 'prod' }, 'example.com'],
    ['${param:domain}', { parameters: { domain: 'given.test' } }, 'given.test'],
    ["'arn:aws:sns:${AWS::Region}:topic'", {}, 'arn:aws:sns:${AWS::Region}:topic'],
  ] as Array<[string, ServerlessOptions, string]>)('%s with %j is %s', (written, options, expected) => {
    expect(resolve(written, options)).toEqual({ value: expected, findings: [] });
  });

  it.each([
    ['${env:TABLE}', '*'],
    ['${self:custom.missing}', '*'],
    ['${ssm:/notes/table}', '*'],
    ['orders-${env:STAGE}', 'orders-*'],
    ['${opt:region}', '*'],
  ])('%s cannot be resolved: %s and a finding at its line', (written, expected) => {
    expect(resolve(written)).toEqual({ value: expected, findings: ['unresolved-variable serverless.yml:22'] });
  });

  it('a variable that leads back to itself ends as "*"', () => {
    expect(resolve('${self:custom.cycleA}').value).toBe('*');
  });

  it('provider.stage from the file is the stage when none is given', () => {
    const dir = projectOnDisk({
      'serverless.yml': fileWith('${sls:stage}').replace('  region: eu-west-1', "  region: eu-west-1\n  stage: ${opt:stage, 'qa'}"),
      'handler.ts': 'export const main = () => 1;\n',
    });
    expect(readServerlessYml(path.join(dir, 'serverless.yml')).functions[0]!.env).toEqual({ VALUE: 'qa' });
  });
});
