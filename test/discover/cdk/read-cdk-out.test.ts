import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCdkApp } from '../../../src/discover/cdk/read-cdk-app.js';
import { runSuggest } from '../../../src/run-suggest.js';
import { writeProject } from '../../analyze/analyze-source.js';

const app = {
  'cdk.json': JSON.stringify({ app: 'npx ts-node --prefer-ts-exts bin/app.ts' }),
  'bin/app.ts': `import * as cdk from 'aws-cdk-lib';\nimport { Api } from '../lib/api';\nnew Api(new cdk.App(), 'Api');\n`,
  'lib/api.ts': `import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Thumbnails } from '@acme/thumbnails';
export class Api extends cdk.Stack {
  constructor(scope: any, id: string) {
    super(scope, id);
    const jobs = new sqs.Queue(this, 'Jobs');
    const uploads = new s3.Bucket(this, 'Uploads');
    const worker = new NodejsFunction(this, 'Worker', { entry: 'src/worker.ts', environment: { JOBS_URL: jobs.queueUrl, UPLOADS: uploads.bucketName, PREFIX: 'in/' } });
    uploads.grantRead(worker);
    worker.addEventSource(new SqsEventSource(jobs));
    new Thumbnails(this, 'Thumbnails', { bucket: uploads });
  }
}
`,
  'src/worker.ts': 'export const handler = async () => {};\n',
};

const getAtt = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const basicExecution = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']] };
const role = (path: string) => ({ Type: 'AWS::IAM::Role', Properties: { ManagedPolicyArns: [basicExecution] }, Metadata: { 'aws:cdk:path': path } });
const policy = (roleId: string, statements: unknown[]) => ({ Type: 'AWS::IAM::Policy', Properties: { PolicyDocument: { Statement: statements, Version: '2012-10-17' }, Roles: [{ Ref: roleId }] } });
const fn = (roleId: string, cdkPath: string, asset: string, handler: string, env: Record<string, unknown> = {}) => ({
  Type: 'AWS::Lambda::Function',
  Properties: { Code: { S3Bucket: 'cdk-hnb659fds-assets-111122223333-eu-west-1', S3Key: `${asset}.zip` }, Handler: handler, Runtime: 'nodejs20.x', Role: getAtt(roleId), Environment: { Variables: env } },
  Metadata: { 'aws:cdk:path': cdkPath, 'aws:asset:path': `asset.${asset}`, 'aws:asset:is-bundled': true, 'aws:asset:property': 'Code' },
});
const template = JSON.stringify({
  Resources: {
    Jobs1A2B3C4D: { Type: 'AWS::SQS::Queue', Metadata: { 'aws:cdk:path': 'Api/Jobs/Resource' } },
    Uploads5E6F7A8B: { Type: 'AWS::S3::Bucket', Metadata: { 'aws:cdk:path': 'Api/Uploads/Resource' } },
    WorkerServiceRoleA1B2C3D4: role('Api/Worker/ServiceRole/Resource'),
    WorkerServiceRoleDefaultPolicyE5F6A7B8: policy('WorkerServiceRoleA1B2C3D4', [
      { Action: ['s3:GetBucket*', 's3:GetObject*', 's3:List*'], Effect: 'Allow', Resource: [getAtt('Uploads5E6F7A8B'), { 'Fn::Join': ['', [getAtt('Uploads5E6F7A8B'), '/*']] }] },
      { Action: ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage'], Effect: 'Allow', Resource: getAtt('Jobs1A2B3C4D') },
    ]),
    Worker0C1D2E3F: fn('WorkerServiceRoleA1B2C3D4', 'Api/Worker/Resource', 'worker', 'index.handler', { JOBS_URL: { Ref: 'Jobs1A2B3C4D' }, UPLOADS: { Ref: 'Uploads5E6F7A8B' }, PREFIX: { 'Fn::ImportValue': 'shared-prefix' } }),
    WorkerSqsEventSourceApiJobs1A2B3C4D9F8E7D6C: { Type: 'AWS::Lambda::EventSourceMapping', Properties: { EventSourceArn: getAtt('Jobs1A2B3C4D'), FunctionName: { Ref: 'Worker0C1D2E3F' } } },
    ThumbnailsHandlerServiceRole11223344: role('Api/Thumbnails/Handler/ServiceRole/Resource'),
    ThumbnailsHandlerServiceRoleDefaultPolicy55667788: policy('ThumbnailsHandlerServiceRole11223344', [{ Action: 's3:PutObject', Effect: 'Allow', Resource: { 'Fn::Join': ['', [getAtt('Uploads5E6F7A8B'), '/thumbs/*']] } }]),
    ThumbnailsHandler99AABBCC: fn('ThumbnailsHandlerServiceRole11223344', 'Api/Thumbnails/Handler/Resource', 'thumbs', 'index.handler', { BUCKET: { Ref: 'Uploads5E6F7A8B' } }),
    AWS679f53fac002430cb0da5b7982bd2287ServiceRoleC1EA0FF2: role('Api/AWS679f53fac002430cb0da5b7982bd2287/ServiceRole/Resource'),
    AWS679f53fac002430cb0da5b7982bd22872D164C4C: fn('AWS679f53fac002430cb0da5b7982bd2287ServiceRoleC1EA0FF2', 'Api/AWS679f53fac002430cb0da5b7982bd2287/Resource', 'awscr', 'index.handler'),
    CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092: role('Api/Custom::S3AutoDeleteObjectsCustomResourceProvider/Role'),
    CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F: fn('CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092', 'Api/Custom::S3AutoDeleteObjectsCustomResourceProvider/Handler', 'autodelete', '__entrypoint__.handler'),
  },
}, null, 1);
const manifest = JSON.stringify({ version: '36.0.0', artifacts: { Api: { type: 'aws:cloudformation:stack', environment: 'aws://111122223333/eu-west-1', properties: { templateFile: 'Api.template.json' } } } });
// What esbuild writes for the construct library's handler: CommonJS, the SDK left external.
const thumbsBundle = `"use strict";
var import_client_s3 = require("@aws-sdk/client-s3");
var s3 = new import_client_s3.S3Client({});
exports.handler = async (event) => {
  await s3.send(new import_client_s3.PutObjectCommand({ Bucket: process.env.BUCKET, Key: \`thumbs/\${event.key}\`, Body: event.body }));
};
`;
const cdkOut = { 'cdk.out/manifest.json': manifest, 'cdk.out/Api.template.json': template, 'cdk.out/asset.worker/index.js': 'exports.handler = async () => {};\n', 'cdk.out/asset.thumbs/index.js': thumbsBundle };
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('readCdkApp with cdk.out', () => {
  const root = writeProject({ ...app, ...cdkOut });
  const templateFile = join(root, 'cdk.out/Api.template.json');
  const result = readCdkApp(root);
  const [worker, thumbnails] = result.functions;

  it('matches the template function to the source construct by its aws:cdk:path, keeping the source entry and name', () => {
    expect(result.functions.map((found) => found.name)).toEqual(['Worker', 'Thumbnails/Handler']);
    expect([worker?.entry, worker?.handlerExport, worker?.at]).toEqual([join(root, 'src/worker.ts'), 'handler', { kind: 'cdk', file: join(root, 'lib/api.ts'), path: 'Api/Worker', line: 12 }]);
    expect([worker?.region, worker?.account]).toEqual(['eu-west-1', '111122223333']);
  });

  it('takes the environment from the template, but a value the source knows more exactly from the source', () => {
    expect(worker?.env).toEqual({ JOBS_URL: 'https://sqs.eu-west-1.amazonaws.com/111122223333/Api-Jobs1A2B3C4D-*', PREFIX: 'in/', UPLOADS: 'api-uploads5e6f7a8b-*' });
    const line = lineOf(template, '"Fn::ImportValue"');
    expect(worker?.findings).toEqual([
      { severity: 'warning', code: 'unresolved-intrinsic', message: `${templateFile}:${line}: Fn::ImportValue shared-prefix is an output of another stack; iamgen uses * in its place`, at: { file: templateFile, line, column: 1 } },
    ]);
  });

  it('takes the declared policies, managed policies and event source mappings that synthesis produced', () => {
    expect(worker?.declaredPolicies).toEqual([{ Version: '2012-10-17', Statement: [
      { Effect: 'Allow', Action: ['s3:GetBucket*', 's3:GetObject*', 's3:List*'], Resource: ['arn:aws:s3:::api-uploads5e6f7a8b-*', 'arn:aws:s3:::api-uploads5e6f7a8b-*/*'] },
      { Effect: 'Allow', Action: ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage'], Resource: 'arn:aws:sqs:eu-west-1:111122223333:Api-Jobs1A2B3C4D-*' },
    ] }]);
    expect(worker?.managedPolicyArns).toEqual(['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']);
    expect(worker?.triggers?.map((trigger) => [trigger.kind, trigger.source, trigger.at.path])).toEqual([
      ['sqs', 'arn:aws:sqs:eu-west-1:111122223333:Api-Jobs1A2B3C4D-*', 'Resources.WorkerSqsEventSourceApiJobs1A2B3C4D9F8E7D6C.Properties'],
    ]);
    expect(worker?.resourceArns.Jobs1A2B3C4D).toBe('arn:aws:sqs:eu-west-1:111122223333:Api-Jobs1A2B3C4D-*');
  });

  it('reads a function no source construct creates from its asset folder, with a note', () => {
    const entry = join(root, 'cdk.out/asset.thumbs/index.js');
    expect([thumbnails?.entry, thumbnails?.handlerExport, thumbnails?.env, thumbnails?.at.kind]).toEqual([entry, 'handler', { BUCKET: 'api-uploads5e6f7a8b-*' }, 'cdk']);
    expect(thumbnails?.declaredPolicies[0]?.Statement).toEqual([{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::api-uploads5e6f7a8b-*/thumbs/*' }]);
    const line = lineOf(template, '"ThumbnailsHandler99AABBCC"');
    expect(thumbnails?.findings).toEqual([
      { severity: 'note', code: 'synthesized-bundle', message: `Thumbnails/Handler: no construct of the app's source creates Api/Thumbnails/Handler/Resource; its policy is derived from the synthesized bundle ${entry}`, at: { file: templateFile, line, column: 1 } },
    ]);
  });

  it("leaves CDK's own functions out, with one note, and nothing about their missing assets", () => {
    expect(result.findings).toEqual([
      {
        severity: 'note',
        code: 'cdk-internal-functions',
        message: `${templateFile}: 2 functions CDK adds for its own custom resources left out (AWS679f53fac002430cb0da5b7982bd22872D164C4C, CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F)`,
        at: { file: templateFile, line: 1, column: 1 },
      },
    ]);
  });

  it('analyses the synthesized bundle: the SDK calls of the bundled JavaScript', async () => {
    const suggested = await runSuggest([root], { env: {}, cwd: root });
    const bundle = suggested.functions.find((found) => found.name === 'Thumbnails/Handler');
    expect(bundle?.entry).toBe('cdk.out/asset.thumbs/index.js');
    expect(bundle?.permissions.map((permission) => [permission.action, permission.resource])).toEqual([['s3:PutObject', 'arn:aws:s3:::api-uploads5e6f7a8b-*/thumbs/*']]);
  });
});

describe('readCdkApp with a stale or broken cdk.out', () => {
  it('still reads a cdk.out synthesized before the last change to lib/, with a warning naming it', () => {
    const root = writeProject({ ...app, ...cdkOut });
    const manifestFile = join(root, 'cdk.out/manifest.json');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(manifestFile, anHourAgo, anHourAgo);
    const result = readCdkApp(root);
    expect(result.findings.filter((finding) => finding.code === 'stale-cdk-out')).toEqual([
      {
        severity: 'warning',
        code: 'stale-cdk-out',
        message: `${join(root, 'cdk.out')} is older than ${join(root, 'lib/api.ts')}: it was synthesized before the app last changed and may not match it; run cdk synth again`,
        at: { file: manifestFile, line: 1, column: 1 },
      },
    ]);
    expect(result.functions.find((found) => found.name === 'Worker')?.env.JOBS_URL).toBe('https://sqs.eu-west-1.amazonaws.com/111122223333/Api-Jobs1A2B3C4D-*');
  });

  it('a template that does not parse: a finding with file and line, and the source reading still works', () => {
    const broken = '{\n "Resources": {\n  "Worker0C1D2E3F": {\n   "Type": "AWS::Lambda::Function",\n   "Properties": {\n    "Handler": "index.handler"\n  }\n}\n';
    const root = writeProject({ ...app, 'cdk.out/manifest.json': manifest, 'cdk.out/Api.template.json': broken });
    const templateFile = join(root, 'cdk.out/Api.template.json');
    const result = readCdkApp(root);
    expect(result.findings.map((finding) => [finding.severity, finding.code, finding.at?.file, finding.at?.line])).toEqual([['error', 'parse-error', templateFile, 9]]);
    expect(result.findings[0]?.message).toMatch(new RegExp(`^${templateFile.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:9: the template does not parse: `));
    expect(result.functions.map((found) => [found.name, found.entry, found.env])).toEqual([
      ['Worker', join(root, 'src/worker.ts'), { JOBS_URL: 'https://sqs.*.amazonaws.com/*/*-Jobs*', PREFIX: 'in/', UPLOADS: '*-uploads*' }],
    ]);
  });
});
