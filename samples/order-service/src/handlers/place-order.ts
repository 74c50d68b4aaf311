import { randomUUID } from 'node:crypto';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { EVENT_SOURCE, FULFILMENT_QUEUE_URL } from '../config.js';
import { documentClient, eventBridge, sqs } from '../lib/clients.js';
import { OrderRepository } from '../lib/order-repository.js';
import type { Order, OrderLine } from '../lib/types.js';

const orders = new OrderRepository(documentClient);

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  const body = JSON.parse(event.body ?? '{}') as { customerId?: string; lines?: OrderLine[] };
  if (!body.customerId || !body.lines?.length) {
    return { statusCode: 400, body: JSON.stringify({ message: 'customerId and lines are required' }) };
  }

  const order: Order = {
    orderId: randomUUID(),
    customerId: body.customerId,
    lines: body.lines,
    totalCents: body.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0),
    status: 'PLACED',
    createdAt: new Date().toISOString(),
  };

  await orders.place(order);

  await sqs.send(
    new SendMessageCommand({
      QueueUrl: FULFILMENT_QUEUE_URL,
      MessageBody: JSON.stringify({ orderId: order.orderId, lines: order.lines }),
      MessageAttributes: { type: { DataType: 'String', StringValue: 'fulfil-order' } },
    }),
  );

  await eventBridge.send(
    new PutEventsCommand({
      Entries: [
        {
          Source: EVENT_SOURCE,
          DetailType: 'OrderPlaced',
          Detail: JSON.stringify({ orderId: order.orderId, totalCents: order.totalCents }),
        },
      ],
    }),
  );

  return { statusCode: 201, body: JSON.stringify({ orderId: order.orderId }) };
};
