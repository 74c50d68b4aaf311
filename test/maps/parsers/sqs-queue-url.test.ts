import { describe, expect, it } from 'vitest';
import { parseSqsQueueUrl } from '../../../src/maps/parsers/sqs-queue-url.js';
import { testContext } from './context.js';

const unknown = { Region: '*', Account: '*', QueueName: '*' };

const cases: Array<[string | undefined, Record<string, string>[]]> = [
  ['https://sqs.us-west-2.amazonaws.com/111122223333/orders', [{ Region: 'us-west-2', Account: '111122223333', QueueName: 'orders' }]],
  ['https://sqs.us-west-2.amazonaws.com/111122223333/orders.fifo/', [{ Region: 'us-west-2', Account: '111122223333', QueueName: 'orders.fifo' }]],
  ['https://eu-west-1.queue.amazonaws.com/111122223333/jobs', [{ Region: 'eu-west-1', Account: '111122223333', QueueName: 'jobs' }]],
  ['https://queue.amazonaws.com/111122223333/jobs', [{ Region: 'us-east-1', Account: '111122223333', QueueName: 'jobs' }]],
  ['https://sqs.cn-north-1.amazonaws.com.cn/111122223333/jobs', [{ Region: 'cn-north-1', Account: '111122223333', QueueName: 'jobs' }]],
  ['http://localhost:4566/000000000000/jobs', [{ Region: '*', Account: '000000000000', QueueName: 'jobs' }]],
  ['https://sqs.*.amazonaws.com/*/orders-*', [{ Region: '*', Account: '*', QueueName: 'orders-*' }]],
  ['*/orders', [{ Region: '*', Account: '*', QueueName: 'orders' }]],
  // Wholly unknown: the function's own region and account fill the rest, as for other resources.
  ['*', [{ QueueName: '*' }]],
  ['orders', [unknown]],
  ['https://sqs.us-east-1.amazonaws.com/', [unknown]],
  ['', [unknown]],
  [undefined, []],
];

describe('sqs-queue-url', () => {
  it.each(cases)('%j', (value, expected) => {
    expect(parseSqsQueueUrl(value, testContext)).toEqual(expected.map((vars) => ({ vars })));
  });
});
