import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import { renderReceipt } from './receipt';

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const s3 = new S3Client({});
const sns = new SNSClient({});

export const main = async (event: SQSEvent): Promise<void> => {
  for (const record of event.Records) {
    const { orderId } = JSON.parse(record.body) as { orderId: string };
    try {
      await documents.send(
        new UpdateCommand({
          TableName: process.env.TABLE_NAME,
          Key: { pk: `ORDER#${orderId}`, sk: 'META' },
          UpdateExpression: 'SET #status = :paid',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':paid': 'PAID' },
        }),
      );
      await s3.send(new PutObjectCommand({ Bucket: process.env.RECEIPTS_BUCKET, Key: `receipts/${orderId}.txt`, Body: renderReceipt(orderId) }));
    } catch (error) {
      await sns.send(new PublishCommand({ TopicArn: process.env.ALERTS_TOPIC_ARN, Subject: 'Order processing failed', Message: `${orderId}: ${String(error)}` }));
      throw error;
    }
  }
};
