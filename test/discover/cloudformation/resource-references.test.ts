import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model.js';
import { evaluate } from '../../../src/discover/cloudformation/evaluate-intrinsic.js';
import type { TemplateScope } from '../../../src/discover/cloudformation/evaluate-intrinsic.js';
import { parseTemplate } from '../../../src/discover/cloudformation/parse-template.js';
import { resourceArnPatterns } from '../../../src/discover/cloudformation/resource-references.js';

const resources = `
Resources:
  NamedTable: {Type: AWS::DynamoDB::Table, Properties: {TableName: orders}}
  Table: {Type: AWS::DynamoDB::Table}
  NamedBucket: {Type: AWS::S3::Bucket, Properties: {BucketName: receipts}}
  Bucket: {Type: AWS::S3::Bucket}
  NamedQueue: {Type: AWS::SQS::Queue, Properties: {QueueName: jobs}}
  Queue: {Type: AWS::SQS::Queue}
  NamedTopic: {Type: AWS::SNS::Topic, Properties: {TopicName: alerts}}
  Topic: {Type: AWS::SNS::Topic}
  NamedMachine: {Type: AWS::StepFunctions::StateMachine, Properties: {StateMachineName: checkout}}
  SamMachine: {Type: AWS::Serverless::StateMachine, Properties: {Name: refunds}}
  Machine: {Type: AWS::StepFunctions::StateMachine}
  NamedFunction: {Type: AWS::Lambda::Function, Properties: {FunctionName: resize}}
  Function: {Type: AWS::Serverless::Function}
  NamedSecret: {Type: AWS::SecretsManager::Secret, Properties: {Name: db-password}}
  Secret: {Type: AWS::SecretsManager::Secret}
  NamedParameter: {Type: AWS::SSM::Parameter, Properties: {Name: /shop/config, Type: String, Value: x}}
  Bus: {Type: AWS::Events::EventBus, Properties: {Name: orders}}
  NamedLogGroup: {Type: AWS::Logs::LogGroup, Properties: {LogGroupName: /shop/audit}}
  Key: {Type: AWS::KMS::Key}
  NamedRole: {Type: AWS::IAM::Role, Properties: {RoleName: worker}}
  Role: {Type: AWS::IAM::Role}
  Stream: {Type: AWS::Kinesis::Stream, Properties: {Name: clicks}}
  SimpleTable: {Type: AWS::Serverless::SimpleTable}
`;

function scopeOf(stackName?: string): TemplateScope {
  const parsed = parseTemplate('template.yaml', resources);
  if (!parsed.template) throw new Error('does not parse');
  return {
    file: 'template.yaml',
    template: parsed.template,
    stack: { partition: 'aws', region: 'us-east-1', account: '111122223333', ...(stackName ? { stackName } : {}) },
    parameterValues: {},
    resources: parsed.template.body.Resources as TemplateScope['resources'],
  };
}

function evaluated(intrinsic: unknown, stackName?: string) {
  const findings: Finding[] = [];
  const value = evaluate(scopeOf(stackName), intrinsic, 'Values', findings);
  expect(findings).toEqual([]);
  return value;
}

describe('Ref returns what CloudFormation returns for each type', () => {
  const cases: Array<[string, string]> = [
    ['NamedTable', 'orders'],
    ['Table', '*-Table-*'],
    ['NamedBucket', 'receipts'],
    ['Bucket', '*-bucket-*'],
    ['NamedQueue', 'https://sqs.us-east-1.amazonaws.com/111122223333/jobs'],
    ['Queue', 'https://sqs.us-east-1.amazonaws.com/111122223333/*-Queue-*'],
    ['NamedTopic', 'arn:aws:sns:us-east-1:111122223333:alerts'],
    ['Topic', 'arn:aws:sns:us-east-1:111122223333:*-Topic-*'],
    ['NamedMachine', 'arn:aws:states:us-east-1:111122223333:stateMachine:checkout'],
    ['SamMachine', 'arn:aws:states:us-east-1:111122223333:stateMachine:refunds'],
    ['Machine', 'arn:aws:states:us-east-1:111122223333:stateMachine:*Machine*'],
    ['NamedFunction', 'resize'],
    ['Function', '*-Function-*'],
    ['NamedSecret', 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db-password-??????'],
    ['Secret', 'arn:aws:secretsmanager:us-east-1:111122223333:secret:*Secret*-??????'],
    ['NamedParameter', '/shop/config'],
    ['Bus', 'orders'],
    ['NamedLogGroup', '/shop/audit'],
    ['Key', '*'],
    ['NamedRole', 'worker'],
    ['Role', '*-Role-*'],
    ['Stream', 'clicks'],
    ['SimpleTable', '*-SimpleTable-*'],
  ];
  it.each(cases)('Ref %s', (logicalId, expected) => {
    expect(evaluated({ Ref: logicalId })).toBe(expected);
  });
});

describe('Fn::GetAtt', () => {
  const cases: Array<[string, string, string]> = [
    ['NamedTable', 'Arn', 'arn:aws:dynamodb:us-east-1:111122223333:table/orders'],
    ['NamedTable', 'StreamArn', 'arn:aws:dynamodb:us-east-1:111122223333:table/orders/stream/*'],
    ['Bucket', 'Arn', 'arn:aws:s3:::*-bucket-*'],
    ['NamedBucket', 'DomainName', 'receipts.s3.amazonaws.com'],
    ['NamedQueue', 'Arn', 'arn:aws:sqs:us-east-1:111122223333:jobs'],
    ['NamedQueue', 'QueueName', 'jobs'],
    ['Queue', 'QueueUrl', 'https://sqs.us-east-1.amazonaws.com/111122223333/*-Queue-*'],
    ['NamedTopic', 'TopicName', 'alerts'],
    ['NamedTopic', 'TopicArn', 'arn:aws:sns:us-east-1:111122223333:alerts'],
    ['NamedMachine', 'Name', 'checkout'],
    ['NamedFunction', 'Arn', 'arn:aws:lambda:us-east-1:111122223333:function:resize'],
    ['Bus', 'Arn', 'arn:aws:events:us-east-1:111122223333:event-bus/orders'],
    ['NamedLogGroup', 'Arn', 'arn:aws:logs:us-east-1:111122223333:log-group:/shop/audit:*'],
    ['Key', 'Arn', 'arn:aws:kms:us-east-1:111122223333:key/*'],
    ['NamedRole', 'Arn', 'arn:aws:iam::111122223333:role/worker'],
    ['Stream', 'Arn', 'arn:aws:kinesis:us-east-1:111122223333:stream/clicks'],
  ];
  it.each(cases)('%s.%s', (logicalId, attribute, expected) => {
    expect(evaluated({ 'Fn::GetAtt': [logicalId, attribute] })).toBe(expected);
  });
});

describe('generated names with a known stack name', () => {
  const cases: Array<[string, string, string]> = [
    ['shop', 'Table', 'shop-Table-*'],
    ['Shop', 'Bucket', 'shop-bucket-*'],
    ['shop', 'Machine', 'arn:aws:states:us-east-1:111122223333:stateMachine:*Machine*'],
    // 50 + 1 + 8 + 13 > 64: CloudFormation shortens the parts, so only * is certain.
    ['a'.repeat(50), 'Function', '*'],
  ];
  it.each(cases)('stack %s, Ref %s', (stackName, logicalId, expected) => {
    expect(evaluated({ Ref: logicalId }, stackName)).toBe(expected);
  });
});

describe('resourceArnPatterns', () => {
  it('gives the ARN pattern of every resource whose type iamgen knows, sorted by logical id', () => {
    const findings: Finding[] = [];
    const arns = resourceArnPatterns(scopeOf('shop'), findings);
    expect(arns).toEqual({
      Bucket: 'arn:aws:s3:::shop-bucket-*',
      Bus: 'arn:aws:events:us-east-1:111122223333:event-bus/orders',
      Function: 'arn:aws:lambda:us-east-1:111122223333:function:shop-Function-*',
      Key: 'arn:aws:kms:us-east-1:111122223333:key/*',
      Machine: 'arn:aws:states:us-east-1:111122223333:stateMachine:*Machine*',
      NamedBucket: 'arn:aws:s3:::receipts',
      NamedFunction: 'arn:aws:lambda:us-east-1:111122223333:function:resize',
      NamedLogGroup: 'arn:aws:logs:us-east-1:111122223333:log-group:/shop/audit:*',
      NamedMachine: 'arn:aws:states:us-east-1:111122223333:stateMachine:checkout',
      NamedParameter: 'arn:aws:ssm:us-east-1:111122223333:parameter/shop/config',
      NamedQueue: 'arn:aws:sqs:us-east-1:111122223333:jobs',
      NamedRole: 'arn:aws:iam::111122223333:role/worker',
      NamedSecret: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db-password-??????',
      NamedTable: 'arn:aws:dynamodb:us-east-1:111122223333:table/orders',
      NamedTopic: 'arn:aws:sns:us-east-1:111122223333:alerts',
      Queue: 'arn:aws:sqs:us-east-1:111122223333:shop-Queue-*',
      Role: 'arn:aws:iam::111122223333:role/shop-Role-*',
      SamMachine: 'arn:aws:states:us-east-1:111122223333:stateMachine:refunds',
      Secret: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:*Secret*-??????',
      SimpleTable: 'arn:aws:dynamodb:us-east-1:111122223333:table/shop-SimpleTable-*',
      Stream: 'arn:aws:kinesis:us-east-1:111122223333:stream/clicks',
      Table: 'arn:aws:dynamodb:us-east-1:111122223333:table/shop-Table-*',
      Topic: 'arn:aws:sns:us-east-1:111122223333:shop-Topic-*',
    });
    expect(findings).toEqual([]);
  });
});
