import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readServerlessYml } from '../../../src/discover/serverless/read-serverless-yml.js';
import { projectOnDisk } from './project-on-disk.js';

const resources = `resources:
  Resources:
    Orders:
      Type: AWS::DynamoDB::Table
      Properties:
        TableName: \${self:service}-\${sls:stage}-orders
    Sessions:
      Type: AWS::DynamoDB::Table
    Jobs:
      Type: AWS::SQS::Queue
      Properties:
        QueueName: jobs-\${sls:stage}
    Retries:
      Type: AWS::SQS::Queue
    Alerts:
      Type: AWS::SNS::Topic
      Properties:
        TopicName: alerts
    Events:
      Type: AWS::SNS::Topic
    Uploads:
      Type: AWS::S3::Bucket
      Properties:
        BucketName: !Sub '\${AWS::StackName}-uploads'
    Exports:
      Type: AWS::S3::Bucket
    Repository:
      Type: AWS::ECR::Repository
    Shared:
      Type: AWS::SQS::Queue
      Properties:
        QueueName: \${env:SHARED_QUEUE}
`;

function resolve(value: string, providerSettings = '') {
  const file = `service: shop
provider:
  name: aws
  region: eu-west-1
${providerSettings}functions:
  fn:
    handler: handler.main
    environment:
      VALUE: ${value}
${resources}`;
  const dir = projectOnDisk({ 'serverless.yml': file, 'handler.ts': 'export const main = () => 1;\n' });
  const fn = readServerlessYml(path.join(dir, 'serverless.yml'), { account: '123456789012' }).functions[0]!;
  return { value: fn.env.VALUE, findings: fn.findings.map((finding) => `${finding.code} line ${finding.at!.line}`), resourceArns: fn.resourceArns };
}

describe('readServerlessYml: references to resources', () => {
  it.each([
    ['!Ref Orders', 'shop-dev-orders'],
    ['!GetAtt Orders.Arn', 'arn:aws:dynamodb:eu-west-1:123456789012:table/shop-dev-orders'],
    ['!GetAtt Orders.StreamArn', 'arn:aws:dynamodb:eu-west-1:123456789012:table/shop-dev-orders/stream/*'],
    ['!Ref Sessions', 'shop-dev-Sessions-*'],
    ['!Ref Jobs', 'https://sqs.eu-west-1.amazonaws.com/123456789012/jobs-dev'],
    ['!GetAtt Jobs.Arn', 'arn:aws:sqs:eu-west-1:123456789012:jobs-dev'],
    ['!GetAtt Jobs.QueueName', 'jobs-dev'],
    ['!GetAtt Retries.Arn', 'arn:aws:sqs:eu-west-1:123456789012:shop-dev-Retries-*'],
    ['!Ref Alerts', 'arn:aws:sns:eu-west-1:123456789012:alerts'],
    ['!GetAtt Alerts.TopicName', 'alerts'],
    ['!Ref Events', 'arn:aws:sns:eu-west-1:123456789012:shop-dev-Events-*'],
    ['!Ref Uploads', 'shop-dev-uploads'],
    ['!GetAtt Uploads.Arn', 'arn:aws:s3:::shop-dev-uploads'],
    ['!Ref Exports', 'shop-dev-exports-*'],
    ['{ Ref: Orders }', 'shop-dev-orders'],
    ["{ 'Fn::GetAtt': [Jobs, Arn] }", 'arn:aws:sqs:eu-west-1:123456789012:jobs-dev'],
    ["!Join [':', [!Ref Orders, !Ref 'AWS::Region']]", 'shop-dev-orders:eu-west-1'],
    ["!Sub '\${Orders.Arn}/index/*'", 'arn:aws:dynamodb:eu-west-1:123456789012:table/shop-dev-orders/index/*'],
    ["!Sub 'arn:\${AWS::Partition}:s3:::\${Uploads}/\${!Literal}'", 'arn:aws:s3:::shop-dev-uploads/${Literal}'],
    ["!Sub ['\${Name}-archive', { Name: !Ref Orders }]", 'shop-dev-orders-archive'],
    ["!Select [1, [a, b, c]]", 'b'],
  ])('%s is %s', (written, expected) => {
    const { value, findings } = resolve(written);
    expect({ value, findings }).toEqual({ value: expected, findings: [] });
  });

  it('provider.stackName replaces <service>-<stage> in generated names', () => {
    expect(resolve('!Ref Sessions', '  stackName: shop-main\n').value).toBe('shop-main-Sessions-*');
    expect(resolve('!GetAtt Exports.Arn', '  stackName: Shop-Main\n').value).toBe('arn:aws:s3:::shop-main-exports-*');
  });

  it.each([
    ['!Ref Missing', 'line 9'],
    ['!GetAtt Orders.Nonsense', 'line 9'],
    ['!Ref Repository', 'line 9'],
    ["!ImportValue 'shared-table'", 'line 9'],
  ])('%s cannot be evaluated: "*" and a finding at its line', (written, line) => {
    const { value, findings } = resolve(written);
    expect({ value, findings }).toEqual({ value: '*', findings: [`unresolved-intrinsic ${line}`] });
  });

  it('a resource whose name cannot be resolved is reported with the function that uses it', () => {
    const { value, findings } = resolve('!GetAtt Shared.Arn');
    expect({ value, findings }).toEqual({ value: 'arn:aws:sqs:eu-west-1:123456789012:*', findings: ['unresolved-variable line 41'] });
  });

  it('keeps the ARN of each resource whose type has one', () => {
    expect(resolve("'x'").resourceArns).toEqual({
      Orders: 'arn:aws:dynamodb:eu-west-1:123456789012:table/shop-dev-orders',
      Sessions: 'arn:aws:dynamodb:eu-west-1:123456789012:table/shop-dev-Sessions-*',
      Jobs: 'arn:aws:sqs:eu-west-1:123456789012:jobs-dev',
      Retries: 'arn:aws:sqs:eu-west-1:123456789012:shop-dev-Retries-*',
      Alerts: 'arn:aws:sns:eu-west-1:123456789012:alerts',
      Events: 'arn:aws:sns:eu-west-1:123456789012:shop-dev-Events-*',
      Uploads: 'arn:aws:s3:::shop-dev-uploads',
      Exports: 'arn:aws:s3:::shop-dev-exports-*',
      Shared: 'arn:aws:sqs:eu-west-1:123456789012:*',
    });
  });
});
