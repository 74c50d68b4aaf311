import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { saveNewOrder } from '../lib/orders-table.js';
import type { Order } from '../lib/orders-table.js';

const sqs = new SQSClient({});
const events = new EventBridgeClient({});

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const body = JSON.parse(event.body ?? '{}') as Pick<Order, 'customerId' | 'items'>;
  const order: Order = { orderId: randomUUID(), customerId: body.customerId, items: body.items, status: 'placed' };
  await saveNewOrder(order);
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify({ orderId: order.orderId }) }));
  await events.send(
    new PutEventsCommand({
      Entries: [{ EventBusName: process.env.EVENT_BUS_NAME, Source: 'orders', DetailType: 'OrderPlaced', Detail: JSON.stringify(order) }],
    }),
  );
  return { statusCode: 201, body: JSON.stringify({ orderId: order.orderId }) };
};
