import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';

export interface Order {
  orderId: string;
  customerId: string;
  items: Array<{ sku: string; quantity: number }>;
  status: 'placed' | 'fulfilled';
  receiptKey?: string;
}

const tableName = process.env.ORDERS_TABLE ?? 'orders-dev';
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export async function saveNewOrder(order: Order): Promise<void> {
  await documents.send(new PutCommand({ TableName: tableName, Item: order, ConditionExpression: 'attribute_not_exists(orderId)' }));
}

export async function markFulfilled(orderId: string, receiptKey: string): Promise<void> {
  await documents.send(
    new UpdateCommand({
      TableName: tableName,
      Key: { orderId },
      UpdateExpression: 'SET #status = :fulfilled, receiptKey = :receiptKey',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':fulfilled': 'fulfilled', ':receiptKey': receiptKey },
    }),
  );
}

export async function findOrder(orderId: string): Promise<Order | undefined> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: { orderId } }));
  return Item as Order | undefined;
}

export async function ordersOfCustomer(customerId: string): Promise<Order[]> {
  const { Items } = await documents.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: process.env.CUSTOMER_INDEX,
      KeyConditionExpression: 'customerId = :customerId',
      ExpressionAttributeValues: { ':customerId': customerId },
    }),
  );
  return (Items ?? []) as Order[];
}
