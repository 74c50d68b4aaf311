import { describe, expect, it } from 'vitest';
import type { ConstructDescription } from '../../../src/analyze/cdk/cdk-source-model.js';
import { attributeValue } from '../../../src/discover/cdk/construct-attributes.js';

const context = { partition: 'aws', region: 'eu-west-1', account: '123456789012' };

function construct(type: string, id: string, names: ConstructDescription['names'] = {}, extra: Partial<ConstructDescription> = {}): ConstructDescription {
  return { type, id, inStackScope: true, names, props: Object.keys(names), calledMethods: [], at: { file: '/app/lib/stack.ts', line: 1, column: 1 }, ...extra };
}

describe('attributeValue', () => {
  const cases: Array<[string, ConstructDescription, string, unknown]> = [
    ['explicit table name', construct('aws-dynamodb.Table', 'Orders', { tableName: 'orders' }), 'tableName', 'orders'],
    ['explicit table ARN', construct('aws-dynamodb.Table', 'Orders', { tableName: 'orders' }), 'tableArn', 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders'],
    ['generated table name', construct('aws-dynamodb.Table', 'Orders'), 'tableName', '*-Orders*'],
    ['generated name under a nested construct', construct('aws-dynamodb.Table', 'Orders', {}, { inStackScope: false }), 'tableName', '*Orders*'],
    ['non-alphanumerics dropped from the logical id', construct('aws-sqs.Queue', 'order-queue'), 'queueName', '*-orderqueue*'],
    ['generated bucket names are lowercase', construct('aws-s3.Bucket', 'Receipts'), 'bucketArn', 'arn:aws:s3:::*-receipts*'],
    ['queue URL', construct('aws-sqs.Queue', 'Jobs', { queueName: 'jobs' }), 'queueUrl', 'https://sqs.eu-west-1.amazonaws.com/123456789012/jobs'],
    ['queue ARN', construct('aws-sqs.Queue', 'Jobs'), 'queueArn', 'arn:aws:sqs:eu-west-1:123456789012:*-Jobs*'],
    ['topic ARN', construct('aws-sns.Topic', 'Alerts'), 'topicArn', 'arn:aws:sns:eu-west-1:123456789012:*-Alerts*'],
    ['secret ARN has a random suffix', construct('aws-secretsmanager.Secret', 'Db', { secretName: 'shop/db' }), 'secretArn', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/db-??????'],
    ['generated secret name', construct('aws-secretsmanager.Secret', 'Db'), 'secretName', '*Db*'],
    ['state machine ARN', construct('aws-stepfunctions.StateMachine', 'Flow'), 'stateMachineArn', 'arn:aws:states:eu-west-1:123456789012:stateMachine:*Flow*'],
    ['event bus name', construct('aws-events.EventBus', 'Bus', { eventBusName: 'shop' }), 'eventBusName', 'shop'],
    ['function name', construct('aws-lambda-nodejs.NodejsFunction', 'Worker'), 'functionName', '*-Worker*'],
    ['parameter path ARN', construct('aws-ssm.StringParameter', 'P', { parameterName: '/shop/flags' }), 'parameterArn', 'arn:aws:ssm:eu-west-1:123456789012:parameter/shop/flags'],
    ['key ARN', construct('aws-kms.Key', 'Key'), 'keyArn', 'arn:aws:kms:eu-west-1:123456789012:key/*'],
    ['a name known in parts', construct('aws-dynamodb.Table', 'T', { tableName: { $template: ['orders-', { $unknown: 'stage' }] } }), 'tableArn', { $template: ['arn:aws:dynamodb:eu-west-1:123456789012:table/orders-', { $unknown: 'stage' }] }],
    ['imported by name', construct('aws-dynamodb.Table', 'T', {}, { imported: { method: 'fromTableName', value: 'legacy' } }), 'tableArn', 'arn:aws:dynamodb:eu-west-1:123456789012:table/legacy'],
    ['imported by ARN', construct('aws-sqs.Queue', 'Q', {}, { imported: { method: 'fromQueueArn', value: 'arn:aws:sqs:us-east-1:111111111111:legacy' } }), 'queueArn', 'arn:aws:sqs:us-east-1:111111111111:legacy'],
    ['name of a construct imported by ARN', construct('aws-dynamodb.Table', 'T', {}, { imported: { method: 'fromTableArn', value: 'arn:aws:dynamodb:us-east-1:111111111111:table/legacy' } }), 'tableName', 'legacy'],
    ['an attribute not modelled', construct('aws-dynamodb.Table', 'Orders'), 'node', undefined],
    ['a type not modelled', construct('aws-ec2.Vpc', 'Vpc'), 'vpcId', undefined],
  ];
  it.each(cases)('%s', (_name, description, attribute, expected) => {
    expect(attributeValue(description, attribute, context)).toEqual(expected);
  });
});

describe('attributeValue with the stack name (--stack-name)', () => {
  const cases: Array<[string, ConstructDescription, string, string, unknown]> = [
    ['generated queue name starts with the stack name', construct('aws-sqs.Queue', 'OrderQueue'), 'ShopStack', 'queueArn', 'arn:aws:sqs:eu-west-1:123456789012:ShopStack-OrderQueue*'],
    ['generated bucket name: stack name and id lowercased', construct('aws-s3.Bucket', 'Receipts'), 'ShopStack', 'bucketName', 'shopstack-receipts*'],
    ['an explicit name is kept', construct('aws-dynamodb.Table', 'Orders', { tableName: 'orders' }), 'ShopStack', 'tableName', 'orders'],
    ['a nested construct is still only known around its id', construct('aws-sqs.Queue', 'Jobs', {}, { inStackScope: false }), 'ShopStack', 'queueName', '*Jobs*'],
    ['a name that is not given at synth is not prefixed', construct('aws-events.EventBus', 'Bus'), 'ShopStack', 'eventBusName', '*Bus*'],
    // 30 + 1 + 13 + 8 + 1 + 13 = 66 > 63: CloudFormation may cut the stack name short.
    ['a stack name that may be cut short is a wildcard', construct('aws-sqs.Queue', 'OrderQueueDlq'), 'a-stack-name-of-thirty-chars-x', 'queueName', '*-OrderQueueDlq*'],
  ];
  it.each(cases)('%s', (_name, description, stackName, attribute, expected) => {
    expect(attributeValue(description, attribute, context, stackName)).toEqual(expected);
  });
});
