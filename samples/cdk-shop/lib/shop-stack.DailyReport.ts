import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const s3 = new S3Client({});

const TABLE_NAME = process.env.TABLE_NAME!;
const REPORT_BUCKET = process.env.REPORT_BUCKET!;
const REPORT_PREFIX = process.env.REPORT_PREFIX ?? 'reports/';

export const handler = async (): Promise<{ key: string; count: number }> => {
  const day = new Date().toISOString().slice(0, 10);
  const result = await documents.send(
    new QueryCommand({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :day',
      ExpressionAttributeValues: { ':day': `DAY#${day}` },
    }),
  );
  const rows = (result.Items ?? []).map((item) => `${item.sk},${item.total}`);
  const key = `${REPORT_PREFIX}${day}.csv`;
  await s3.send(new PutObjectCommand({ Bucket: REPORT_BUCKET, Key: key, Body: ['order,total', ...rows].join('\n'), ContentType: 'text/csv' }));
  return { key, count: rows.length };
};
