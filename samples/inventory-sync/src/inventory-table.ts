import { BatchGetItemCommand, BatchWriteItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';

const TABLE = process.env.INVENTORY_TABLE ?? 'inventory';
const dynamo = new DynamoDBClient({});

const keyOf = (sku: string, warehouse: string) => ({ pk: { S: `SKU#${sku}` }, sk: { S: `WH#${warehouse}` } });

export async function currentLevels(rows: Array<{ sku: string; warehouse: string }>): Promise<Map<string, number>> {
  const levels = new Map<string, number>();
  for (let i = 0; i < rows.length; i += 100) {
    const res = await dynamo.send(
      new BatchGetItemCommand({
        RequestItems: {
          [TABLE]: {
            Keys: rows.slice(i, i + 100).map((r) => keyOf(r.sku, r.warehouse)),
            ProjectionExpression: 'pk, sk, onHand',
          },
        },
      }),
    );
    for (const item of res.Responses?.[TABLE] ?? []) {
      levels.set(`${item.pk?.S}|${item.sk?.S}`, Number(item.onHand?.N ?? 0));
    }
  }
  return levels;
}

export async function writeLevels(rows: Array<{ sku: string; warehouse: string; onHand: number }>): Promise<void> {
  for (let i = 0; i < rows.length; i += 25) {
    await dynamo.send(
      new BatchWriteItemCommand({
        RequestItems: {
          [TABLE]: rows.slice(i, i + 25).map((r) => ({
            PutRequest: { Item: { ...keyOf(r.sku, r.warehouse), onHand: { N: String(r.onHand) } } },
          })),
        },
      }),
    );
  }
}
