import { SendMessageBatchCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { DLQ_URL, EVENTS_QUEUE_URL } from './config.js';
import { send } from './sqs.js';

export interface ProviderEvent {
  id: string;
  type: string;
  data: unknown;
}

export async function forward(events: ProviderEvent[]): Promise<number> {
  let failed = 0;
  for (let i = 0; i < events.length; i += 10) {
    const batch = events.slice(i, i + 10);
    const res = await send(
      new SendMessageBatchCommand({
        QueueUrl: EVENTS_QUEUE_URL,
        Entries: batch.map((e) => ({
          Id: e.id.replace(/[^A-Za-z0-9_-]/g, '_'),
          MessageBody: JSON.stringify(e),
          MessageAttributes: { type: { DataType: 'String', StringValue: e.type } },
        })),
      }),
    );
    for (const f of res.Failed ?? []) {
      failed++;
      await send(
        new SendMessageCommand({
          QueueUrl: DLQ_URL,
          MessageBody: JSON.stringify({ reason: f.Message, event: batch.find((e) => e.id === f.Id) }),
        }),
      );
    }
  }
  return failed;
}
