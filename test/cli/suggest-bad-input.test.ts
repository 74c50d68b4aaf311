import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from './run-cli.js';

// Bad input never crashes iamgen and never silently drops a permission (issue 3, "Done when").
let root: string;

function write(file: string, text: string | Buffer) {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'iamgen-bad-input-'));
  write('syntax/index.ts', 'import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";\nimport { helper } from "./broken.js";\nconst s3 = new S3Client({});\nexport const handler = async () => { await s3.send(new GetObjectCommand({ Bucket: "b", Key: "k" })); helper(); };\n');
  write('syntax/broken.ts', 'export function helper( { return 1 }\n');
  write('loop/index.ts', 'import { a } from "./sub/index.js";\nexport const handler = async () => a;\n');
  write('loop/sub/index.ts', 'export const a = 1;\n');
  symlinkSync('..', path.join(root, 'loop/sub/up'));
  write('noaws/index.ts', 'export const handler = async () => ({ statusCode: 200 });\n');
  write('minified/index.js', `const { SQSClient, SendMessageCommand } = require("@aws-sdk/client-sqs");\nconst big = require("./vendor.min.js");\nexports.handler = async () => new SQSClient({}).send(new SendMessageCommand({ QueueUrl: "https://sqs.us-east-1.amazonaws.com/1/q", MessageBody: big.x }));\n`);
  write('minified/vendor.min.js', `module.exports={x:1};${'var a=1;'.repeat(400_000)}\n`);
  write('binary/index.js', Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const emptyPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [] }, null, 2) + '\n';

describe('iamgen suggest on bad input', () => {
  it('a syntax error in one file: its finding names file:line, the other files still count', () => {
    const run = runBuiltCli(['suggest', 'syntax', '--account', '1', '--region', 'us-east-1'], root);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).Statement).toEqual([{ Sid: 'S3', Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/k'] }]);
    expect(run.stderr).toBe("syntax/broken.ts:1:34: warning: syntax error: ':' expected; calls after it in this file may be missed\n");
  });

  it('a missing path: exit 2 with a one-line message', () => {
    const run = runBuiltCli(['suggest', 'nope'], root);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'iamgen: nope: no such file or folder\nRun "iamgen --help" for usage.\n' });
  });

  it('a symlink loop ends, with an empty policy', () => {
    const run = runBuiltCli(['suggest', 'loop'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(emptyPolicy);
  });

  it('no AWS calls: an empty policy and a note saying so', () => {
    const run = runBuiltCli(['suggest', 'noaws'], root);
    expect(run).toEqual({ code: 0, stdout: emptyPolicy, stderr: 'iamgen: note: No AWS call was found, so the policy grants nothing.\n' });
  });

  it('a huge minified file is skipped with a warning; the entry still counts', () => {
    const run = runBuiltCli(['suggest', 'minified', '--account', '1', '--region', 'us-east-1'], root);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).Statement).toEqual([{ Sid: 'Sqs', Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: ['arn:aws:sqs:us-east-1:1:q'] }]);
    expect(run.stderr).toMatch(/^minified\/vendor\.min\.js:1:1: warning: .*not analysed/m);
  });

  it('a binary entry file is reported, not parsed', () => {
    const run = runBuiltCli(['suggest', 'binary'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(emptyPolicy);
    expect(run.stderr.split('\n')[0]).toMatch(/^binary\/index\.js:1:1: warning: .*is not a text file and was not analysed$/);
  });
});
