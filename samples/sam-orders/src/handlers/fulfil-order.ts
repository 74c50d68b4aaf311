import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { SQSEvent } from 'aws-lambda';
import { findOrder, markFulfilled } from '../lib/orders-table.js';

const s3 = new S3Client({});
const sns = new SNSClient({});
const receiptsPrefix = process.env.RECEIPTS_PREFIX ?? 'receipts/';

export const handler = async (event: SQSEvent): Promise<void> => {
  for (const record of event.Records) {
    const { orderId } = JSON.parse(record.body) as { orderId: string };
    const order = await findOrder(orderId);
    if (!order) continue;
    const receiptKey = `${receiptsPrefix}${orderId}.json`;
    await s3.send(new PutObjectCommand({ Bucket: process.env.RECEIPTS_BUCKET, Key: receiptKey, Body: JSON.stringify(order), ContentType: 'application/json' }));
    await markFulfilled(orderId, receiptKey);
    await sns.send(new PublishCommand({ TopicArn: process.env.NOTIFICATION_TOPIC_ARN, Subject: 'Order fulfilled', Message: orderId }));
  }
};
