import { SQSClient } from '@aws-sdk/client-sqs';
import type { ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-sqs';
import type { Command } from '@smithy/smithy-client';

const client = new SQSClient({ maxAttempts: 5 });

/** The one place this service talks to SQS (so tests can stub it). */
export function send<I extends ServiceInputTypes, O extends ServiceOutputTypes>(
  command: Command<ServiceInputTypes, I, ServiceOutputTypes, O, any>,
): Promise<O> {
  return client.send(command);
}
