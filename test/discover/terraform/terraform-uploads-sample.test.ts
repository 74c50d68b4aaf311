import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTerraform } from '../../../src/discover/terraform/read-terraform.js';

const sample = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'samples', 'terraform-uploads');
const expected = JSON.parse(readFileSync(path.join(sample, 'expected-functions.json'), 'utf8')) as {
  options: { account: string };
  functions: Array<{ name: string; entry: string; handlerExport: string; env: Record<string, string> }>;
};

describe('samples/terraform-uploads', () => {
  const result = readTerraform(sample, expected.options);

  it('finds the functions of expected-functions.json with their entries and environments', () => {
    const found = result.functions.map((fn) => ({ name: fn.name, entry: path.relative(sample, fn.entry), handlerExport: fn.handlerExport, env: fn.env }));
    expect(found).toEqual(expected.functions);
  });

  it('reads it without findings', () => {
    expect([...result.findings, ...result.functions.flatMap((fn) => fn.findings)]).toEqual([]);
  });

  it('keeps what each role is granted: the over-grant of process_upload and its managed policy', () => {
    const granted = Object.fromEntries(
      result.functions.map((fn) => [fn.name, { actions: fn.declaredPolicies.flatMap((policy) => policy.Statement.flatMap((statement) => statement.Action ?? [])), managed: fn.managedPolicyArns }]),
    );
    expect(granted).toEqual({
      create_upload: { actions: ['s3:PutObject', 'dynamodb:PutItem'], managed: [] },
      process_upload: { actions: ['s3:*', 'dynamodb:*', 'sqs:SendMessage', 'sns:Publish'], managed: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'] },
    });
  });
});
