import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCdkApp } from '../../../src/discover/cdk/read-cdk-app.js';
import { writeProject } from '../../analyze/analyze-source.js';

const handler = 'export const handler = async () => {};\n';
const bin = `import * as cdk from 'aws-cdk-lib';\nimport { Api } from '../lib/api';\nnew Api(new cdk.App(), 'Api');\n`;
const stack = (body: string) => `import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
export class Api extends cdk.Stack {
  constructor(scope: any, id: string, props: { queueName: string }) {
    super(scope, id);
${body}
  }
}
`;

describe('readCdkApp: cdk.json', () => {
  it.each([
    ['no cdk.json', {}, 'no cdk.json, so no CDK app'],
    ['cdk.json that is not JSON', { 'cdk.json': '{ "app": ' }, 'not valid JSON'],
    ['an app command without a file', { 'cdk.json': '{ "app": "make synth" }' }, 'the app command "make synth" names no TypeScript or JavaScript file of the project'],
  ])('%s', (_name, files, message) => {
    const root = writeProject(files as Record<string, string>);
    const result = readCdkApp(root);
    expect(result.functions).toEqual([]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: 'error', code: 'cdk-app', at: { file: join(root, 'cdk.json'), line: 1, column: 1 } });
    expect(result.findings[0]?.message).toContain(message);
  });

  it('finds the TypeScript source of a built app file', () => {
    const root = writeProject({
      'cdk.json': '{ "app": "node bin/app.js" }',
      'bin/app.ts': bin,
      'lib/api.ts': stack(`    new NodejsFunction(this, 'Fn', { entry: 'src/fn.ts' });`),
      'src/fn.ts': handler,
    });
    expect(readCdkApp(root).functions.map((fn) => [fn.name, fn.entry])).toEqual([['Fn', join(root, 'src/fn.ts')]]);
  });
});

describe('readCdkApp: functions', () => {
  const root = writeProject({
    'cdk.json': JSON.stringify({ app: 'npx tsx bin/app.ts', context: { env: 'test' } }),
    'bin/app.ts': bin,
    'lib/api.ts': stack(`
    const uploads = new s3.Bucket(this, 'Uploads', { bucketName: 'shop-uploads' });
    const jobs = new sqs.Queue(this, 'Jobs', { queueName: props.queueName });
    const legacy = new lambda.Function(this, 'Legacy', {
      runtime: lambda.Runtime.NODEJS_18_X,
      code: lambda.Code.fromAsset('legacy'),
      handler: 'src/main.run',
      environment: { UPLOADS: uploads.bucketArn, JOBS: jobs.queueUrl },
    });
    uploads.grantRead(legacy);
    jobs.grantFrobnicate(legacy);
    new NodejsFunction(this, 'Ghost', { entry: 'src/ghost.ts', role: undefined as any });
    new lambda.Function(this, 'Inline', { code: lambda.Code.fromInline('x'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_20_X });`),
    'legacy/src/main.js': 'exports.run = async () => {};\n',
  });
  const result = readCdkApp(root, { region: 'eu-west-1', account: '123456789012' });
  const [legacy, ghost] = result.functions;
  const stackFile = join(root, 'lib/api.ts');

  it('lambda.Function: the handler module in the asset folder and its export', () => {
    expect([legacy?.name, legacy?.entry, legacy?.handlerExport]).toEqual(['Legacy', join(root, 'legacy/src/main.js'), 'run']);
    expect(legacy?.at).toEqual({ kind: 'cdk', file: stackFile, path: 'Api/Legacy', line: 12 });
  });

  it('environment as patterns, with a finding where the code leaves a value unknown', () => {
    expect(legacy?.env).toEqual({ JOBS: 'https://sqs.eu-west-1.amazonaws.com/123456789012/*', UPLOADS: 'arn:aws:s3:::shop-uploads' });
    expect(legacy?.findings.filter((finding) => finding.code === 'unresolved-env')).toEqual([
      { severity: 'warning', code: 'unresolved-env', message: 'JOBS of Legacy: from a function parameter: props.queueName; taken as *', at: { file: stackFile, line: 11, column: 59 } },
    ]);
  });

  it('grants expanded to their actions; an unknown grant is a finding', () => {
    expect(legacy?.declaredPolicies).toEqual([
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetBucket*', 's3:GetObject*', 's3:List*'], Resource: ['arn:aws:s3:::shop-uploads', 'arn:aws:s3:::shop-uploads/*'] }] },
    ]);
    expect(legacy?.findings.filter((finding) => finding.code === 'unknown-grant').map((finding) => finding.at?.line)).toEqual([19]);
    expect(legacy?.managedPolicyArns).toEqual(['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']);
  });

  it('a handler file that does not exist: the function is kept with an error naming the file', () => {
    expect(ghost?.name).toBe('Ghost');
    expect(ghost?.findings).toEqual([
      { severity: 'error', code: 'missing-handler', message: `the handler file of function Ghost does not exist: ${join(root, 'src/ghost.ts')}`, at: { file: stackFile, line: 20, column: 5 } },
    ]);
    expect(ghost?.managedPolicyArns).toEqual([]);
  });

  it('a function whose code is not a folder of the app is a finding, not a function', () => {
    expect(result.functions.map((fn) => fn.name)).toEqual(['Legacy', 'Ghost']);
    expect(result.findings).toEqual([
      { severity: 'error', code: 'unsupported-code', message: 'function Inline takes its code from lambda.Code.fromInline, not from a folder of the app', at: { file: stackFile, line: 21, column: 5 } },
    ]);
  });

  it('resource ARNs by construct id', () => {
    expect(legacy?.resourceArns).toEqual({
      Uploads: 'arn:aws:s3:::shop-uploads',
      Jobs: 'arn:aws:sqs:eu-west-1:123456789012:*',
      Legacy: 'arn:aws:lambda:eu-west-1:123456789012:function:*-Legacy*',
      Ghost: 'arn:aws:lambda:eu-west-1:123456789012:function:*-Ghost*',
      Inline: 'arn:aws:lambda:eu-west-1:123456789012:function:*-Inline*',
    });
  });
});

describe('readCdkApp: samples/cdk-shop', () => {
  const sample = join(import.meta.dirname, '../../../samples/cdk-shop');
  const expected = JSON.parse(readFileSync(join(sample, 'expected-functions.json'), 'utf8')) as {
    functions: Array<{ name: string; entry: string; handlerExport: string; env: Record<string, string> }>;
  };
  const result = readCdkApp(sample);

  it('finds every function with its entry, handler and environment', () => {
    expect(result.functions.map((fn) => ({ name: fn.name, entry: fn.entry, handlerExport: fn.handlerExport, env: fn.env }))).toEqual(
      expected.functions.map((fn) => ({ ...fn, entry: join(sample, fn.entry) })),
    );
  });

  it('reads it without findings but the note on the function CDK adds for logRetention', () => {
    const template = join(sample, 'cdk.out/ShopStack.template.json');
    expect(result.findings).toEqual([
      {
        severity: 'note',
        code: 'cdk-internal-functions',
        message: `${template}: 1 function CDK adds for its own custom resources left out (LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A)`,
        at: { file: template, line: 1, column: 1 },
      },
    ]);
    expect(result.functions.flatMap((fn) => fn.findings)).toEqual([]);
  });

  // The source reading alone, on a copy of the sample without its cdk.out.
  const sourceOnly = mkdtempSync(join(tmpdir(), 'iamgen-cdk-shop-'));
  cpSync(sample, sourceOnly, { recursive: true, filter: (file) => basename(file) !== 'cdk.out' });
  afterAll(() => rmSync(sourceOnly, { recursive: true, force: true }));

  it('with --stack-name, generated names in the environment and in the grants start with it', () => {
    const named = readCdkApp(sourceOnly, { stackName: 'ShopStack', region: 'us-east-1', account: '123456789012' });
    const processOrder = named.functions.find((fn) => fn.name === 'ProcessOrder');
    expect(processOrder?.env).toEqual({
      ALERTS_TOPIC_ARN: 'arn:aws:sns:us-east-1:123456789012:ShopStack-Alerts*',
      RECEIPTS_BUCKET: 'shopstack-receipts*',
      TABLE_NAME: 'shop-orders-prod',
    });
    expect(processOrder?.declaredPolicies[0]?.Statement[1]?.Resource).toEqual(['arn:aws:s3:::shopstack-receipts*/*']);
  });

  it('expands the over-broad grantReadWriteData of ProcessOrder', () => {
    const processOrder = readCdkApp(sourceOnly).functions.find((fn) => fn.name === 'ProcessOrder');
    expect(processOrder?.declaredPolicies[0]?.Statement[0]).toEqual({
      Effect: 'Allow',
      Action: [
        'dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:ConditionCheckItem', 'dynamodb:DeleteItem', 'dynamodb:DescribeTable', 'dynamodb:GetItem',
        'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:UpdateItem',
      ],
      Resource: ['arn:aws:dynamodb:*:*:table/shop-orders-prod', 'arn:aws:dynamodb:*:*:table/shop-orders-prod/index/*'],
    });
  });
});
