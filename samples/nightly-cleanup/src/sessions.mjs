import { DynamoDB } from '@aws-sdk/client-dynamodb';
import { SESSIONS_TABLE } from './config.mjs';

const dynamodb = new DynamoDB({});

async function expiredSessionKeys(nowSeconds) {
  const keys = [];
  let ExclusiveStartKey;
  do {
    const page = await dynamodb.scan({
      TableName: SESSIONS_TABLE,
      FilterExpression: 'expiresAt < :now',
      ExpressionAttributeValues: { ':now': { N: String(nowSeconds) } },
      ProjectionExpression: 'pk, sk',
      ExclusiveStartKey,
    });
    keys.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return keys;
}

export async function purgeExpiredSessions(now = Date.now()) {
  const keys = await expiredSessionKeys(Math.floor(now / 1000));
  for (let i = 0; i < keys.length; i += 25) {
    const chunk = keys.slice(i, i + 25);
    await dynamodb.batchWriteItem({
      RequestItems: {
        [SESSIONS_TABLE]: chunk.map((Key) => ({ DeleteRequest: { Key } })),
      },
    });
  }
  return keys.length;
}
