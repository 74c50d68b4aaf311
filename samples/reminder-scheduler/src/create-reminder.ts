import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { REMINDERS_TABLE } from './config.js';
import { scheduleReminder } from './schedules.js';

const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: APIGatewayProxyEventV2WithJWTAuthorizer) => {
  const userId = String(event.requestContext.authorizer.jwt.claims.sub);
  const { text, remindAt } = JSON.parse(event.body ?? '{}') as { text?: string; remindAt?: string };
  const when = remindAt ? new Date(remindAt) : undefined;
  if (!text || !when || Number.isNaN(when.getTime()) || when.getTime() < Date.now()) {
    return { statusCode: 400, body: JSON.stringify({ message: 'text and a future remindAt are required' }) };
  }

  const reminderId = randomUUID();
  const scheduleArn = await scheduleReminder(reminderId, when.toISOString().slice(0, 19), { reminderId, userId });

  await db.send(
    new PutCommand({
      TableName: REMINDERS_TABLE,
      Item: { pk: `USER#${userId}`, sk: `REMINDER#${reminderId}`, text, remindAt: when.toISOString(), scheduleArn },
    }),
  );
  return { statusCode: 201, body: JSON.stringify({ reminderId }) };
};
