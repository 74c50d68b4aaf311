import {
  DeleteCommand,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { INDEXES, TABLES } from '../config.js';
import type { Order } from './types.js';

export class OrderRepository {
  constructor(private readonly db: DynamoDBDocumentClient) {}

  async get(orderId: string): Promise<Order | undefined> {
    const { Item } = await this.db.send(
      new GetCommand({ TableName: TABLES.orders, Key: { pk: `ORDER#${orderId}` } }),
    );
    return Item as Order | undefined;
  }

  async listForCustomer(customerId: string, limit = 20): Promise<Order[]> {
    const { Items = [] } = await this.db.send(
      new QueryCommand({
        TableName: TABLES.orders,
        IndexName: INDEXES.ordersByCustomer,
        KeyConditionExpression: 'customerId = :c',
        ExpressionAttributeValues: { ':c': customerId },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items as Order[];
  }

  /** Places the order and reserves stock atomically; fails if the customer is not active. */
  async place(order: Order): Promise<void> {
    await this.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            ConditionCheck: {
              TableName: TABLES.customers,
              Key: { pk: `CUSTOMER#${order.customerId}` },
              ConditionExpression: '#s = :active',
              ExpressionAttributeNames: { '#s': 'status' },
              ExpressionAttributeValues: { ':active': 'ACTIVE' },
            },
          },
          {
            Put: {
              TableName: TABLES.orders,
              Item: { pk: `ORDER#${order.orderId}`, ...order },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          ...order.lines.map((line) => ({
            Update: {
              TableName: TABLES.inventory,
              Key: { pk: `SKU#${line.sku}` },
              UpdateExpression: 'SET available = available - :q',
              ConditionExpression: 'available >= :q',
              ExpressionAttributeValues: { ':q': line.quantity },
            },
          })),
        ],
      }),
    );
  }

  /** Used by the back-office tool (not deployed in this service yet). */
  async cancel(orderId: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: TABLES.orders, Key: { pk: `ORDER#${orderId}` } }));
  }
}
