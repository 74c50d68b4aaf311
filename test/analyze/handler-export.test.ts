import { describe, expect, test } from 'vitest';
import { analyzeSource } from './analyze-source.js';

const send = (queue: string) => `new SQSClient({}).send(new SendMessageCommand({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/${queue}', MessageBody: 'x' }))`;
const imports = `import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';`;

describe('the handler of an entry without an export named handler', () => {
  test('is its default export, with a note', () => {
    const fn = analyzeSource({ 'digest.ts': `${imports}\nexport default async function digest() {\n  await ${send('digest')};\n}\n` });
    expect(fn.calls.map((call) => [call.operation, call.at.line])).toEqual([['SendMessage', 3]]);
    expect(fn.findings.map((finding) => [finding.severity, finding.code])).toEqual([['note', 'handler-assumed']]);
    expect(fn.findings[0]!.message).toMatch(/has no export named "handler"; the default export is analysed as the handler$/);
  });

  test('is its only exported function', () => {
    const fn = analyzeSource({ 'main.ts': `${imports}\nexport const VERSION = 2;\nexport async function main() {\n  await ${send('main')};\n}\n` });
    expect(fn.calls.map((call) => [call.operation, call.at.line])).toEqual([['SendMessage', 4]]);
    expect(fn.findings[0]!.message).toMatch(/its only exported function, "main", is analysed as the handler$/);
  });

  test('cannot be told among several exported functions: a warning, and only top-level code is read', () => {
    const fn = analyzeSource({ 'many.ts': `${imports}\nexport async function a() {\n  await ${send('a')};\n}\nexport async function b() {\n  await ${send('b')};\n}\n` });
    expect(fn.calls).toEqual([]);
    expect(fn.findings.map((finding) => [finding.severity, finding.code])).toEqual([['warning', 'handler-not-found']]);
  });
});
