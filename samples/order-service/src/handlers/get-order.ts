import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { documentClient } from '../lib/clients.js';
import { OrderRepository } from '../lib/order-repository.js';

const orders = new OrderRepository(documentClient);

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  const { orderId, customerId } = event.pathParameters ?? {};

  if (customerId) {
    const list = await orders.listForCustomer(customerId, Number(event.queryStringParameters?.limit ?? 20));
    return { statusCode: 200, body: JSON.stringify(list) };
  }

  const order = orderId ? await orders.get(orderId) : undefined;
  return order
    ? { statusCode: 200, body: JSON.stringify(order) }
    : { statusCode: 404, body: JSON.stringify({ message: 'not found' }) };
};
