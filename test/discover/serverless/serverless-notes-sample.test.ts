import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readServerlessYml } from '../../../src/discover/serverless/read-serverless-yml.js';

const sample = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'samples', 'serverless-notes');
const expected = JSON.parse(readFileSync(path.join(sample, 'expected-functions.json'), 'utf8')) as {
  options: { account: string };
  functions: Array<{ name: string; entry: string; handlerExport: string; env: Record<string, string> }>;
};

describe('samples/serverless-notes', () => {
  const result = readServerlessYml(path.join(sample, 'serverless.yml'), expected.options);

  it('finds the functions of expected-functions.json with their entries and environments', () => {
    const found = result.functions.map((fn) => ({ name: fn.name, entry: path.relative(sample, fn.entry), handlerExport: fn.handlerExport, env: fn.env }));
    expect(found).toEqual(expected.functions);
  });

  it('reads it without findings', () => {
    expect([...result.findings, ...result.functions.flatMap((fn) => fn.findings)]).toEqual([]);
  });

  it('keeps the over-grant of createNote and the shared role of listNotes', () => {
    const statements = Object.fromEntries(result.functions.map((fn) => [fn.name, fn.declaredPolicies.flatMap((policy) => policy.Statement)]));
    expect(statements.createNote!.map((statement) => statement.Action)).toEqual(['dynamodb:PutItem', 's3:*', 'sns:Publish', 'sqs:SendMessage']);
    expect(statements.listNotes).toEqual([{
      Effect: 'Allow',
      Action: ['dynamodb:GetItem', 'dynamodb:Query'],
      Resource: ['arn:aws:dynamodb:eu-west-1:123456789012:table/notes-dev-notes', 'arn:aws:dynamodb:eu-west-1:123456789012:table/notes-dev-notes/index/*'],
    }]);
  });
});
