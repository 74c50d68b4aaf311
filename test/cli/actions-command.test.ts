import { describe, expect, it } from 'vitest';
import { runBuiltCli, runCli } from './run-cli.js';

describe('iamgen actions', () => {
  it('scopes CopyObject to the source object and the destination (built CLI, as a user runs it)', () => {
    const run = runBuiltCli(['actions', 's3', 'CopyObject', '--input', '{"Bucket":"dst","Key":"k2","CopySource":"src/k1"}', '--format', 'json']);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: JSON.stringify([{ action: 's3:GetObject', resource: 'arn:aws:s3:::src/k1' }, { action: 's3:PutObject', resource: 'arn:aws:s3:::dst/k2' }], null, 2) + '\n',
    });
  });

  const sameAnswer: Array<[string, string]> = [
    ['@aws-sdk/client-s3', 'HeadObjectCommand'],
    ['S3', 'headObject'],
    ['s3', 'HeadObject'],
  ];
  it.each(sameAnswer)('accepts %s %s', async (service, operation) => {
    const run = await runCli(['actions', service, operation, '--input', '{"Bucket":"photos","Key":"a.jpg"}', '--format', 'json', '--account', '1', '--region', 'us-east-1']);
    expect(run).toEqual({ code: 0, stderr: '', stdout: JSON.stringify([{ action: 's3:GetObject', resource: 'arn:aws:s3:::photos/a.jpg' }], null, 2) + '\n' });
  });

  it('fills the account and region, and explains in text', async () => {
    const run = await runCli(['actions', 'sfn', 'StartExecution', '--input', '{"stateMachineArn":"arn:aws:states:eu-west-1:123456789012:stateMachine:orders"}', '--region', 'eu-west-1', '--account', '123456789012']);
    expect(run).toEqual({ code: 0, stderr: '', stdout: 'states:StartExecution  arn:aws:states:eu-west-1:123456789012:stateMachine:orders\n' });
  });

  it('without --input every parameter is a wildcard, and per-item rules all apply', async () => {
    const run = await runCli(['actions', 'DynamoDB.DocumentClient', 'transactWrite', '--format', 'json', '--region', 'us-east-1', '--account', '1']);
    expect(JSON.parse(run.stdout)).toEqual(
      ['ConditionCheckItem', 'DeleteItem', 'PutItem', 'UpdateItem'].map((name) => ({ action: `dynamodb:${name}`, resource: 'arn:aws:dynamodb:us-east-1:1:table/*' })),
    );
  });

  it('says when a call needs no permission', async () => {
    const run = await runCli(['actions', 'sts', 'GetCallerIdentityCommand']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('No IAM permission is needed.\n');
    expect(run.stderr).toMatch(/^iamgen: sts GetCallerIdentity needs no IAM permission: /);
  });

  it('names the closest operations for an unknown one, exit 2', async () => {
    const run = await runCli(['actions', 's3', 'HeadObjekt']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('iamgen: s3 has no operation "HeadObjekt"; did you mean "HeadObject", "HeadBucket", "GetObject"?\nRun "iamgen --help" for usage.\n');
  });

  it('names the closest services for an unknown one, exit 2', async () => {
    const run = await runCli(['actions', 'dynamodbb', 'GetItem']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('iamgen: unknown service "dynamodbb"; did you mean "dynamodb", "lib-dynamodb"?');
  });

  it('rejects input that is not JSON, exit 2', async () => {
    const run = await runCli(['actions', 's3', 'GetObject', '--input', '{Bucket: x}']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(/^iamgen: --input is not valid JSON: /);
  });

  it('rejects an unknown flag, exit 2', async () => {
    const run = await runCli(['actions', 's3', 'GetObject', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('iamgen: Unknown argument: bogus');
  });

  it('prints the data version', async () => {
    const run = await runCli(['--version']);
    expect(run.stdout).toMatch(/^iamgen 0\.1\.0 \(IAM data of \d{4}-\d{2}-\d{2}\)\n$/);
  });
});
