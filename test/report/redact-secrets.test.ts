import { describe, expect, it } from 'vitest';
import { redactResult } from '../../src/report/redact-result.js';
import { isSecretName, redactEnv, redactText } from '../../src/report/redact-secrets.js';
import { orderFunction, resultOf } from './sample-results.js';

describe('isSecretName', () => {
  it.each([
    ['DB_PASSWORD', true],
    ['STRIPE_API_KEY', true],
    ['SIGNING_KEY', true],
    ['GITHUB_TOKEN', true],
    ['JWT_SECRET', true],
    ['SecretString', true],
    ['Password', true],
    ['SSECustomerKey', true],
    ['SECRET_ARN', false],
    ['DB_SECRET_NAME', false],
    ['SecretId', false],
    ['TABLE_NAME', false],
    ['KMS_KEY_ARN', false],
    ['Key', false], // an S3 object key
    ['BUCKET', false],
  ])('%s: %s', (name, expected) => {
    expect(isSecretName(name)).toBe(expected);
  });
});

describe('redactText', () => {
  it.each([
    ['access key id', 'credentials AKIAIOSFODNN7EXAMPLE were found', 'credentials [redacted] were found'],
    ['secret access key', 'secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY here', 'secret [redacted] here'],
    ['named assignment', 'DB_PASSWORD=hunter2 is set', 'DB_PASSWORD=[redacted] is set'],
    ['named with colon and quotes', 'API_KEY: "abc def", TABLE: orders', 'API_KEY: [redacted], TABLE: orders'],
    ['JWT', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', 'Bearer [redacted]'],
    ['GitHub token', 'token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789', 'token [redacted]'],
    ['hex key', 'key 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'key [redacted]'],
    ['random mixed token', 'value xK9mP2vL8nQ4rT6wY1zA3bC5dE7fG0hJ.', 'value [redacted].'],
  ])('redacts a %s', (_name, text, expected) => {
    expect(redactText(text)).toBe(expected);
  });

  it.each([
    ['an ARN', 'arn:aws:dynamodb:us-east-1:123456789012:table/MyStack-OrdersTable-1A2B3C4D5E6F'],
    ['an S3 key', 'arn:aws:s3:::my-bucket/uploads/2024/01/Report2024Final/IMG_20240101_123456.jpg'],
    ['a long readable name', 'ProcessPaymentFunctionV2Handler01'],
    ['a secret reference', 'SECRET_ARN=arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf'],
    ['an env reference', 'process.env.DB_PASSWORD is not set'],
  ])('leaves %s alone', (_name, text) => {
    expect(redactText(text)).toBe(text);
  });
});

describe('redactEnv', () => {
  it('redacts by name and by shape, keeping the rest', () => {
    expect(
      redactEnv({ TABLE_NAME: 'orders', DB_PASSWORD: 'x', LEGACY: 'AKIAIOSFODNN7EXAMPLE', SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:1:secret:s' }),
    ).toEqual({ TABLE_NAME: 'orders', DB_PASSWORD: '[redacted]', LEGACY: '[redacted]', SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:1:secret:s' });
  });
});

describe('redactResult', () => {
  it('redacts finding messages and call inputs but never the policy', () => {
    const safe = redactResult(resultOf([orderFunction], [{ severity: 'warning', code: 'x', message: 'TOKEN=abc' }]));
    const fn = safe.functions[0]!;
    expect(fn.calls[1]!.input).toEqual({ SecretId: 'prod/order-api', SecretString: '[redacted]' });
    expect(fn.findings[1]!.message).toBe('PAYMENT_API_KEY=[redacted] is used as a header, not as a resource.');
    expect(safe.findings[0]!.message).toBe('TOKEN=[redacted]');
    expect(fn.policy).toEqual(orderFunction.policy);
  });

  it('does not change the result it is given', () => {
    const before = JSON.stringify(orderFunction);
    redactResult(resultOf([orderFunction]));
    expect(JSON.stringify(orderFunction)).toBe(before);
  });
});
