import { DynamoDB } from 'aws-sdk';
import type { Label } from './carrier.js';

const documents = new DynamoDB.DocumentClient();
const LABELS_TABLE = process.env.LABELS_TABLE ?? 'labels';

export async function saveLabels(labels: Array<Label & { orderId: string }>): Promise<void> {
  for (let i = 0; i < labels.length; i += 25) {
    await documents
      .batchWrite({
        RequestItems: {
          [LABELS_TABLE]: labels.slice(i, i + 25).map((label) => ({
            PutRequest: { Item: { pk: `ORDER#${label.orderId}`, ...label, createdAt: Date.now() } },
          })),
        },
      })
      .promise();
  }
}
