import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCloudFormationTemplate } from '../../../src/discover/cloudformation/read-cloudformation-template.js';
import type { IacReadResult } from '../../../src/model.js';

const samTemplate = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  Stage: {Type: String, Default: dev}
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Globals:
  Function:
    Runtime: nodejs20.x
    CodeUri: app/
    Environment:
      Variables:
        STAGE: !Ref Stage
        TABLE: global-table
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: !Sub orders-\${Stage}
  OrderFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: src/handlers/order.handler
      Environment:
        Variables:
          TABLE: !Ref Orders
          BUS: !ImportValue shared-bus
      Policies:
        - AmazonS3ReadOnlyAccess
        - arn:aws:iam::111122223333:policy/custom
        - DynamoDBReadPolicy:
            TableName: !Ref Orders
        - Statement:
            - Effect: Allow
              Action: sqs:SendMessage
              Resource: !Sub arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:jobs
        - NotARealPolicy:
            Name: x
  # CommentedFunction:
  #   Type: AWS::Serverless::Function
  #   Properties: {Handler: src/handlers/order.handler}
  MjsFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: old/
      Handler: legacy/index.main
      Tracing: Active
      Events:
        Jobs: {Type: SQS, Properties: {Queue: arn:aws:sqs:us-east-1:111122223333:jobs}}
  BuiltFunction:
    Type: AWS::Serverless::Function
    Metadata:
      BuildMethod: esbuild
      BuildProperties:
        EntryPoints: [src/report.ts, src/other.ts]
    Properties:
      CodeUri: svc/
      Handler: report.handler
  DistFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: dist/
      Handler: handlers/job.run
  MissingFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: src/handlers/missing.handler
  PythonFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.lambda_handler
  InlineFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      InlineCode: "exports.handler = async () => {}"
  S3Function:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: s3://artifacts/order.zip
      Handler: index.handler
  ProdOnlyFunction:
    Type: AWS::Serverless::Function
    Condition: IsProd
    Properties:
      Handler: src/handlers/order.handler
  RoleFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs18.x
      Code: lambda/
      Handler: index.handler
      Role: !GetAtt WorkerRole.Arn
  ZipFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      Role: arn:aws:iam::111122223333:role/shared
      Code:
        ZipFile: "exports.handler = async () => {}"
  WorkerRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
        - !Ref SharedPolicy
      Policies:
        - PolicyName: logs
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: [logs:CreateLogStream, logs:PutLogEvents]
                Resource: '*'
  SharedPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement: {Effect: Allow, Action: s3:GetObject, Resource: !Sub 'arn:aws:s3:::assets-\${Stage}/*'}
  AttachedPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: attached
      Roles: [!Ref WorkerRole]
      PolicyDocument:
        Statement: [{Effect: Deny, Action: dynamodb:DeleteItem, Resource: !GetAtt Orders.Arn}]
`;

let root: string;
const file = (name: string) => path.join(root, name);
function write(name: string, text = 'export const handler = async () => {};\n') {
  mkdirSync(path.dirname(file(name)), { recursive: true });
  writeFileSync(file(name), text);
}
/** The 1-based line of the first line of the template that holds `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

let result: IacReadResult;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'iamgen-cfn-'));
  write('template.yaml', samTemplate);
  write('app/src/handlers/order.ts');
  write('app/src/handlers/order.js');
  write('old/legacy/index.mjs');
  write('svc/src/report.ts');
  write('svc/src/other.ts');
  write('src/handlers/job.ts');
  write('lambda/index.js');
  result = readCloudFormationTemplate(file('template.yaml'), { parameters: {}, region: 'us-east-1', account: '111122223333' });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readCloudFormationTemplate: a SAM template', () => {
  it('finds the Node.js functions with local code, in template order', () => {
    expect(result.functions.map((fn) => [fn.name, path.relative(root, fn.entry), fn.handlerExport, fn.at.kind, fn.at.line])).toEqual([
      ['OrderFunction', 'app/src/handlers/order.ts', 'handler', 'sam', lineOf(samTemplate, '  OrderFunction:')],
      ['MjsFunction', 'old/legacy/index.mjs', 'main', 'sam', lineOf(samTemplate, '  MjsFunction:')],
      ['BuiltFunction', 'svc/src/report.ts', 'handler', 'sam', lineOf(samTemplate, '  BuiltFunction:')],
      ['DistFunction', 'src/handlers/job.ts', 'run', 'sam', lineOf(samTemplate, '  DistFunction:')],
      ['RoleFunction', 'lambda/index.js', 'handler', 'sam', lineOf(samTemplate, '  RoleFunction:')],
    ]);
  });

  it('merges Globals.Function environment variables, the function winning', () => {
    expect(result.functions.map((fn) => fn.env)).toEqual([
      { STAGE: 'dev', TABLE: 'orders-dev', BUS: '*' },
      { STAGE: 'dev', TABLE: 'global-table' },
      { STAGE: 'dev', TABLE: 'global-table' },
      { STAGE: 'dev', TABLE: 'global-table' },
      {},
    ]);
  });

  it('a --parameter value changes the environment', () => {
    const prod = readCloudFormationTemplate(file('template.yaml'), { parameters: { Stage: 'prod' }, region: 'us-east-1', account: '111122223333' });
    expect(prod.functions.find((fn) => fn.name === 'OrderFunction')?.env).toEqual({ STAGE: 'prod', TABLE: 'orders-prod', BUS: '*' });
    expect(prod.functions.map((fn) => fn.name)).toContain('ProdOnlyFunction');
  });

  it('expands SAM Policies: managed names and ARNs, policy templates, inline statements', () => {
    const order = result.functions[0]!;
    expect(order.managedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
      'arn:aws:iam::111122223333:policy/custom',
    ]);
    expect(order.declaredPolicies).toEqual([
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['dynamodb:GetItem', 'dynamodb:Scan', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:DescribeTable'],
            Resource: ['arn:aws:dynamodb:us-east-1:111122223333:table/orders-dev', 'arn:aws:dynamodb:us-east-1:111122223333:table/orders-dev/index/*'],
          },
        ],
      },
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:111122223333:jobs' }] },
    ]);
  });

  it('adds the managed policies SAM attaches for tracing and poll-based event sources', () => {
    expect(result.functions[1]!.managedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess',
      'arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole',
    ]);
  });

  it('reads a Role of the template: its policies, its managed policies and the policies attached to it', () => {
    const roleFunction = result.functions.find((fn) => fn.name === 'RoleFunction')!;
    expect(roleFunction.managedPolicyArns).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    expect(roleFunction.declaredPolicies).toEqual([
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }] },
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::assets-dev/*' }] },
      { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'dynamodb:DeleteItem', Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/orders-dev' }] },
    ]);
    expect(roleFunction.findings).toEqual([]);
  });

  it("reports a function's unresolvable intrinsic and unknown policy template on that function, with the line", () => {
    expect(result.functions[0]!.findings.map((finding) => [finding.severity, finding.code, finding.at?.line])).toEqual([
      ['warning', 'unresolved-intrinsic', lineOf(samTemplate, 'BUS: !ImportValue')],
      ['warning', 'unknown-policy-template', lineOf(samTemplate, '- NotARealPolicy:')],
    ]);
  });

  it('says why each other function is left out, in template order, with file and line; a missing handler file is an error', () => {
    expect(result.findings.map((finding) => [finding.severity, finding.code, finding.at?.line])).toEqual([
      ['error', 'missing-handler', lineOf(samTemplate, 'Handler: src/handlers/missing.handler')],
      ['note', 'unsupported-runtime', lineOf(samTemplate, 'Runtime: python3.12')],
      ['note', 'inline-code', lineOf(samTemplate, 'InlineCode:')],
      ['warning', 'no-local-code', lineOf(samTemplate, 'CodeUri: s3://')],
      ['note', 'function-not-deployed', lineOf(samTemplate, '  ProdOnlyFunction:')],
      ['note', 'inline-code', lineOf(samTemplate, 'ZipFile:') - 1],
    ]);
    expect(result.findings[0]!.message).toBe(
      `${file('template.yaml')}:${lineOf(samTemplate, 'Handler: src/handlers/missing.handler')}: MissingFunction: handler src/handlers/missing.handler: no file app/src/handlers/missing.{ts,mts,cts,js,mjs,cjs}`,
    );
  });

  it('gives every function the ARN patterns of the template resources', () => {
    expect(result.functions[0]!.resourceArns.Orders).toBe('arn:aws:dynamodb:us-east-1:111122223333:table/orders-dev');
    expect(result.functions[0]!.resourceArns.WorkerRole).toBe('arn:aws:iam::111122223333:role/*-WorkerRole-*');
  });
});

describe('readCloudFormationTemplate: other templates', () => {
  it('a template that does not parse is one error finding with file and line', () => {
    write('broken.yaml', 'Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: [a, b\n');
    const broken = readCloudFormationTemplate(file('broken.yaml'), { parameters: {} });
    expect(broken.functions).toEqual([]);
    expect(broken.findings.map((finding) => [finding.severity, finding.code, finding.at?.file, finding.at?.line])).toEqual([['error', 'parse-error', file('broken.yaml'), 5]]);
  });

  it('a duplicate key does not parse either', () => {
    write('duplicate.yaml', 'Resources:\n  Fn: {Type: AWS::Lambda::Function}\n  Fn: {Type: AWS::Lambda::Function}\n');
    expect(readCloudFormationTemplate(file('duplicate.yaml'), { parameters: {} }).findings.map((finding) => [finding.code, finding.at?.line])).toEqual([['parse-error', 3]]);
  });

  it('reads a JSON CloudFormation template, with line numbers', () => {
    const json = JSON.stringify(
      {
        Resources: {
          Queue: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'jobs' } },
          Worker: {
            Type: 'AWS::Lambda::Function',
            Properties: {
              Runtime: 'nodejs20.x',
              Handler: 'index.handler',
              Code: 'lambda/',
              Role: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/worker' },
              Environment: { Variables: { QUEUE_URL: { Ref: 'Queue' }, QUEUE_ARN: { 'Fn::GetAtt': ['Queue', 'Arn'] } } },
            },
          },
        },
      },
      null,
      2,
    );
    write('stack.json', json);
    const read = readCloudFormationTemplate(file('stack.json'), { parameters: {}, region: 'eu-west-1', account: '111122223333' });
    expect(read.functions.map((fn) => [fn.name, path.relative(root, fn.entry), fn.at.kind, fn.at.line, fn.env])).toEqual([
      ['Worker', 'lambda/index.js', 'cloudformation', lineOf(json, '"Worker"'), { QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/111122223333/jobs', QUEUE_ARN: 'arn:aws:sqs:eu-west-1:111122223333:jobs' }],
    ]);
    expect(read.functions[0]!.findings.map((finding) => [finding.severity, finding.code, finding.at?.line])).toEqual([['note', 'external-role', lineOf(json, '"Role"')]]);
  });

  it('a missing template file is an error finding, not a crash', () => {
    expect(readCloudFormationTemplate(file('nope.yaml'), { parameters: {} }).findings.map((finding) => [finding.severity, finding.code])).toEqual([['error', 'unreadable-template']]);
  });
});
