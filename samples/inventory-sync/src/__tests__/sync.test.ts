import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DeleteItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { expect, it } from 'vitest';
import { handler } from '../handler.js';

const s3 = new S3Client({ endpoint: 'http://localhost:4566', forcePathStyle: true });
const dynamo = new DynamoDBClient({ endpoint: 'http://localhost:4566' });

it('syncs a small export end to end', async () => {
  await s3.send(new PutObjectCommand({ Bucket: 'fixtures', Key: 'stock.csv', Body: 'sku,warehouse,onHand\nA,1,5\n' }));
  const fixture = await s3.send(new GetObjectCommand({ Bucket: 'fixtures', Key: 'stock.csv' }));
  expect(fixture.Body).toBeDefined();
  const result = await handler({ id: 'test-run' } as never);
  expect(result.rows).toBe(1);
  await dynamo.send(new DeleteItemCommand({ TableName: 'inventory', Key: { pk: { S: 'SKU#A' }, sk: { S: 'WH#1' } } }));
});
