import type { SQS } from 'aws-sdk';

export class QueueAcker {
  constructor(
    private readonly sqs: SQS,
    private readonly queueUrl: string,
  ) {}

  /** Deletes the messages that were handled (the event source mapping is set to manual acks). */
  ack(receiptHandles: Array<{ id: string; receiptHandle: string }>): Promise<void> {
    if (receiptHandles.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.sqs.deleteMessageBatch(
        {
          QueueUrl: this.queueUrl,
          Entries: receiptHandles.map(({ id, receiptHandle }) => ({ Id: id, ReceiptHandle: receiptHandle })),
        },
        (err, data) => {
          if (err) return reject(err);
          if (data.Failed.length) console.warn('ack failures', data.Failed);
          resolve();
        },
      );
    });
  }

  /** Pushes a message back with exponential backoff (max 12 hours). */
  async retryLater(receiptHandle: string, attempt: number): Promise<void> {
    await this.sqs
      .changeMessageVisibility({
        QueueUrl: this.queueUrl,
        ReceiptHandle: receiptHandle,
        VisibilityTimeout: Math.min(43_200, 30 * 2 ** attempt),
      })
      .promise();
  }
}
