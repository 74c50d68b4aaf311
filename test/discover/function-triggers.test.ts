// Each IaC reader finds the event source mappings that feed a function (Lambda polls them with the
// function's role) and the region the IaC deploys to; trigger-permissions turns a trigger into pairs.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCdkApp } from '../../src/discover/cdk/read-cdk-app.js';
import { readCloudFormationTemplate } from '../../src/discover/cloudformation/read-cloudformation-template.js';
import { readServerlessYml } from '../../src/discover/serverless/read-serverless-yml.js';
import { readTerraform } from '../../src/discover/terraform/read-terraform.js';
import { triggerNeeds } from '../../src/discover/trigger-permissions.js';
import type { FunctionTrigger } from '../../src/model.js';
import { writeProject } from '../analyze/analyze-source.js';
import { projectOnDisk } from './serverless/project-on-disk.js';

const handler = 'export const handler = async () => {};\n';
const pairs = (trigger: FunctionTrigger) => triggerNeeds(trigger).needs.map((need) => `${need.action} ${need.resource}`);

describe('SAM / CloudFormation triggers', () => {
  const dir = projectOnDisk({
    'template.yaml': `Transform: AWS::Serverless-2016-10-31
Resources:
  Jobs:
    Type: AWS::SQS::Queue
    Properties: { QueueName: jobs, KmsMasterKeyId: 1234abcd-12ab-34cd-56ef-1234567890ab }
  Orders:
    Type: AWS::DynamoDB::Table
    Properties: { TableName: orders }
  Failures:
    Type: AWS::SNS::Topic
    Properties: { TopicName: failures }
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: worker.handler
      Events:
        Queue:
          Type: SQS
          Properties: { Queue: !GetAtt Jobs.Arn }
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      FunctionName: !Ref Worker
      EventSourceArn: !GetAtt Orders.StreamArn
      DestinationConfig: { OnFailure: { Destination: !Ref Failures } }
`,
    'worker.ts': handler,
  });
  const [worker] = readCloudFormationTemplate(join(dir, 'template.yaml'), { parameters: {}, account: '123456789012', region: 'eu-west-1' }).functions;

  it('a SAM SQS event and an EventSourceMapping naming the function, with a KMS key and an on-failure topic', () => {
    expect(worker?.triggers).toEqual([
      { kind: 'sqs', source: 'arn:aws:sqs:eu-west-1:123456789012:jobs', kmsKey: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', at: { kind: 'sam', file: join(dir, 'template.yaml'), path: 'Resources.Worker.Properties.Events.Queue.Properties', line: 20 } },
      { kind: 'dynamodb-stream', source: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/*', onFailure: 'arn:aws:sns:eu-west-1:123456789012:failures', at: { kind: 'sam', file: join(dir, 'template.yaml'), path: 'Resources.Mapping.Properties', line: 23 } },
    ]);
  });

  it('the SAM-attached SQS execution policy counts as declared; no region (the deploy decides)', () => {
    expect(worker?.declaredPolicies.at(-1)).toEqual({ Version: '2012-10-17', Statement: [{ Sid: 'AWSLambdaSQSQueueExecutionRole', Effect: 'Allow', Action: ['sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage'], Resource: '*' }] });
    expect(worker?.region).toBeUndefined();
  });

  it('the pairs each trigger needs', () => {
    expect(pairs(worker!.triggers![0]!)).toEqual([
      'sqs:ReceiveMessage arn:aws:sqs:eu-west-1:123456789012:jobs',
      'sqs:DeleteMessage arn:aws:sqs:eu-west-1:123456789012:jobs',
      'sqs:GetQueueAttributes arn:aws:sqs:eu-west-1:123456789012:jobs',
      'kms:Decrypt arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    ]);
    expect(pairs(worker!.triggers![1]!)).toEqual([
      'dynamodb:DescribeStream arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/*',
      'dynamodb:GetRecords arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/*',
      'dynamodb:GetShardIterator arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/*',
      'dynamodb:ListStreams *',
      'sns:Publish arn:aws:sns:eu-west-1:123456789012:failures',
    ]);
  });
});

describe('serverless.yml triggers and provider.region', () => {
  const dir = projectOnDisk({
    'serverless.yml': `service: jobs
provider:
  name: aws
  runtime: nodejs20.x
  region: \${opt:region, 'ap-southeast-2'}
functions:
  worker:
    handler: worker.handler
    events:
      - sqs: arn:aws:sqs:ap-southeast-2:123456789012:jobs
      - stream:
          type: kinesis
          arn: !GetAtt Clicks.Arn
          destinations:
            onFailure: arn:aws:sqs:ap-southeast-2:123456789012:dlq
      - httpApi: 'GET /x'
resources:
  Resources:
    Clicks:
      Type: AWS::Kinesis::Stream
      Properties: { Name: clicks }
`,
    'worker.js': handler,
  });
  const [worker] = readServerlessYml(join(dir, 'serverless.yml'), { account: '123456789012' }).functions;

  it('sqs and stream events, the stream with its on-failure queue', () => {
    const at = (index: number, type: string, line: number) => ({ kind: 'serverless', file: join(dir, 'serverless.yml'), path: `functions.worker.events.${index}.${type}`, line });
    expect(worker?.triggers).toEqual([
      { kind: 'sqs', source: 'arn:aws:sqs:ap-southeast-2:123456789012:jobs', at: at(0, 'sqs', 10) },
      { kind: 'kinesis', source: 'arn:aws:kinesis:ap-southeast-2:123456789012:stream/clicks', onFailure: 'arn:aws:sqs:ap-southeast-2:123456789012:dlq', at: at(1, 'stream', 11) },
    ]);
    expect(pairs(worker!.triggers![1]!)).toEqual([
      'kinesis:DescribeStream arn:aws:kinesis:ap-southeast-2:123456789012:stream/clicks',
      'kinesis:DescribeStreamSummary arn:aws:kinesis:ap-southeast-2:123456789012:stream/clicks',
      'kinesis:GetRecords arn:aws:kinesis:ap-southeast-2:123456789012:stream/clicks',
      'kinesis:GetShardIterator arn:aws:kinesis:ap-southeast-2:123456789012:stream/clicks',
      'kinesis:ListShards arn:aws:kinesis:ap-southeast-2:123456789012:stream/clicks',
      'sqs:SendMessage arn:aws:sqs:ap-southeast-2:123456789012:dlq',
    ]);
  });

  it('provider.region, resolved', () => {
    expect(worker?.region).toBe('ap-southeast-2');
  });
});

describe('Terraform aws_lambda_event_source_mapping and the provider region', () => {
  const dir = projectOnDisk({
    'main.tf': `provider "aws" {
  region = "ca-central-1"
}
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
resource "aws_lambda_function" "worker" {
  function_name = "worker"
  handler       = "index.handler"
  filename      = data.archive_file.worker.output_path
}
data "archive_file" "worker" {
  type        = "zip"
  source_dir  = "\${path.module}/fn"
  output_path = "build/worker.zip"
}
resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn = aws_sqs_queue.jobs.arn
  function_name    = aws_lambda_function.worker.arn
}
`,
    'fn/index.ts': handler,
  });
  const [worker] = readTerraform(dir, { account: '123456789012' }).functions;

  it('the mapping whose function_name refers to the function, and the provider region', () => {
    expect(worker?.triggers).toEqual([{ kind: 'sqs', source: 'arn:aws:sqs:ca-central-1:123456789012:jobs', at: { kind: 'terraform', file: join(dir, 'main.tf'), path: 'aws_lambda_event_source_mapping.jobs', line: 17 } }]);
    expect(worker?.region).toBe('ca-central-1');
  });
});

describe('CDK event sources and stack env', () => {
  const root = writeProject({
    'cdk.json': '{ "app": "npx tsx bin/app.ts" }',
    'bin/app.ts': `import * as cdk from 'aws-cdk-lib';\nimport { Api } from '../lib/api';\nnew Api(new cdk.App(), 'Api', { env: { region: 'eu-north-1', account: '210987654321' } });\n`,
    'lib/api.ts': `import * as cdk from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
export class Api extends cdk.Stack {
  constructor(scope: any, id: string, props: cdk.StackProps) {
    super(scope, id, props);
    const jobs = new sqs.Queue(this, 'Jobs', { queueName: 'jobs' });
    const dlq = new sqs.Queue(this, 'Dlq', { queueName: 'dlq' });
    const orders = new dynamodb.Table(this, 'Orders', { tableName: 'orders' });
    const worker = new NodejsFunction(this, 'Worker', {
      entry: 'src/worker.ts',
      eventSources: [new DynamoEventSource(orders, { onFailure: new SqsDlq(dlq) })],
    });
    worker.addEventSource(new SqsEventSource(jobs));
  }
}
`,
    'src/worker.ts': handler,
  });
  const [worker] = readCdkApp(root, { account: '123456789012', region: 'eu-north-1' }).functions;
  const stackFile = join(root, 'lib/api.ts');

  it('the eventSources prop and addEventSource, with the SqsDlq of onFailure', () => {
    expect(worker?.triggers).toEqual([
      { kind: 'dynamodb-stream', source: 'arn:aws:dynamodb:eu-north-1:123456789012:table/orders/stream/*', onFailure: 'arn:aws:sqs:eu-north-1:123456789012:dlq', at: { kind: 'cdk', file: stackFile, path: 'Api/Worker', line: 14 } },
      { kind: 'sqs', source: 'arn:aws:sqs:eu-north-1:123456789012:jobs', at: { kind: 'cdk', file: stackFile, path: 'Api/Worker', line: 16 } },
    ]);
  });

  it('the region and account of the stack env in the bin file', () => {
    expect([worker?.region, worker?.account]).toEqual(['eu-north-1', '210987654321']);
  });
});
