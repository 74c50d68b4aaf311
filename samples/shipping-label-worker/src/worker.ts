import { SQS } from 'aws-sdk';
import type { SQSEvent } from 'aws-lambda';
import { carrier, RetryableCarrierError, type Label } from './carrier.js';
import { saveLabels } from './labels-table.js';
import { QueueAcker } from './queue-acker.js';

const acker = new QueueAcker(new SQS({ apiVersion: '2012-11-05' }), process.env.LABEL_QUEUE_URL!);

export async function handler(event: SQSEvent): Promise<void> {
  const done: Array<{ id: string; receiptHandle: string }> = [];
  const labels: Array<Label & { orderId: string }> = [];

  for (const record of event.Records) {
    const request = JSON.parse(record.body) as { orderId: string; weightGrams: number; toCountry: string };
    try {
      const label = await carrier.putLabel(request.orderId, request);
      labels.push({ ...label, orderId: request.orderId });
      done.push({ id: record.messageId, receiptHandle: record.receiptHandle });
    } catch (err) {
      if (!(err instanceof RetryableCarrierError)) throw err;
      await acker.retryLater(record.receiptHandle, Number(record.attributes.ApproximateReceiveCount));
    }
  }

  await saveLabels(labels);
  await acker.ack(done);
}
