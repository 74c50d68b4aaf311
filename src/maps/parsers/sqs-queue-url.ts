import type { ValueParser } from './value-parser.js';

const unknownQueue = { Region: '*', Account: '*', QueueName: '*' };

// Hosts: sqs.<region>.amazonaws.com[.cn], <region>.queue.amazonaws.com, and the legacy
// queue.amazonaws.com, which is us-east-1.
// https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html
function regionOfHost(host: string): string {
  const sqsHost = /^sqs\.([^.]+)\.(?:amazonaws\.com(?:\.cn)?|api\.aws)$/.exec(host);
  if (sqsHost) return sqsHost[1] ?? '*';
  const queueHost = /^([^.]+)\.queue\.amazonaws\.com(?:\.cn)?$/.exec(host);
  if (queueHost) return queueHost[1] ?? '*';
  if (host === 'queue.amazonaws.com') return 'us-east-1';
  // A host that names no region (LocalStack, a VPC endpoint alias, an unknown host): say so.
  return '*';
}

/** `https://sqs.<region>.amazonaws.com/<account>/<name>` -> Region, Account, QueueName. */
export const parseSqsQueueUrl: ValueParser = (value) => {
  if (value === undefined) return [];
  const segments = value.replace(/^[a-z*]+:\/\//, '').replace(/[?#].*$/, '').replace(/\/$/, '').split('/');
  const [host = '', account = '', queueName = ''] = segments;
  if (segments.length === 3 && account !== '' && queueName !== '') {
    return [{ vars: { Region: regionOfHost(host), Account: account, QueueName: queueName } }];
  }
  // "*/orders": the unknown head stands for the host and the account.
  if (segments.length === 2 && host.includes('*') && account !== '') {
    return [{ vars: { ...unknownQueue, QueueName: account } }];
  }
  // Nothing of the URL is known (a GetQueueUrl result, an event field): a queue of the function's
  // own region and account, as for every other resource whose name the code does not tell.
  if (/^\*+$/.test(value)) return [{ vars: { QueueName: '*' } }];
  return [{ vars: { ...unknownQueue } }];
};
