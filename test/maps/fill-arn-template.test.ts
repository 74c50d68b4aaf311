import { describe, expect, it } from 'vitest';
import { fillArnTemplate } from '../../src/maps/fill-arn-template.js';

const context = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const none = () => undefined;

describe('fillArnTemplate', () => {
  const cases: Array<[string, string, Record<string, string>, string]> = [
    ['context variables', 'arn:${Partition}:sqs:${Region}:${Account}:${QueueName}', { QueueName: 'orders' }, 'arn:aws:sqs:us-east-1:123456789012:orders'],
    ['a variable overrides the context', 'arn:${Partition}:sqs:${Region}:${Account}:${QueueName}', { QueueName: 'q', Region: 'eu-west-1' }, 'arn:aws:sqs:eu-west-1:123456789012:q'],
    ['an unfilled variable is a wildcard', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}', { BucketName: 'b' }, 'arn:aws:s3:::b/*'],
    ['wildcards do not pile up', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}', { BucketName: 'b', ObjectName: '*' + '*' }, 'arn:aws:s3:::b/*'],
    ['a variable given as an ARN keeps the tail', 'arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/index/${IndexName}', { TableName: 'arn:aws:dynamodb:eu-west-1:999:table/orders', IndexName: 'byDate' }, 'arn:aws:dynamodb:eu-west-1:999:table/orders/index/byDate'],
    ['a ${...} inside a value is a wildcard, not a policy variable', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}', { BucketName: 'b', ObjectName: 'uploads/${filename}' }, 'arn:aws:s3:::b/uploads/*'],
    ['a whole ARN', 'arn:${Partition}:sns:${Region}:${Account}:${TopicName}', { TopicName: 'arn:aws:sns:us-east-2:1:t' }, 'arn:aws:sns:us-east-2:1:t'],
  ];
  it.each(cases)('%s', (_name, template, vars, expected) => {
    expect(fillArnTemplate(template, vars, context, none)).toBe(expected);
  });

  it('asks the fallback for variables nobody bound, after the context', () => {
    const asked: string[] = [];
    const arn = fillArnTemplate('arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}', {}, context, (name) => {
      asked.push(name);
      return name === 'FunctionName' ? 'resize' : undefined;
    });
    expect(arn).toBe('arn:aws:lambda:us-east-1:123456789012:function:resize');
    expect(asked).toEqual(['FunctionName']);
  });
});
