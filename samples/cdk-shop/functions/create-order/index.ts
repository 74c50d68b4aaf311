import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { randomUUID } from 'node:crypto';

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const sqs = new SQSClient({});

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  const body = JSON.parse(event.body ?? '{}') as { customerId?: string; items?: Array<{ sku: string; quantity: number }> };
  if (!body.customerId || !body.items?.length) return { statusCode: 400, body: 'customerId and items are required' };
  const orderId = randomUUID();
  await documents.send(
    new PutCommand({
      TableName: process.env.TABLE_NAME,
      Item: { pk: `ORDER#${orderId}`, sk: 'META', customerId: body.customerId, items: body.items, status: 'NEW' },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify({ orderId }) }));
  return { statusCode: 201, body: JSON.stringify({ orderId }) };
};
