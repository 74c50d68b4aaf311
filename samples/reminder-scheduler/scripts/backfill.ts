// One-off: recreate schedules for reminders stored before the scheduler migration.
//   npx tsx scripts/backfill.ts
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { REMINDERS_TABLE } from '../src/config.js';
import { scheduleReminder } from '../src/schedules.js';

const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

const { Items = [] } = await db.send(new ScanCommand({ TableName: REMINDERS_TABLE, FilterExpression: 'attribute_not_exists(scheduleArn)' }));
for (const item of Items) {
  const reminderId = String(item.sk).replace('REMINDER#', '');
  const scheduleArn = await scheduleReminder(reminderId, String(item.remindAt).slice(0, 19), { reminderId });
  await db.send(new UpdateCommand({ TableName: REMINDERS_TABLE, Key: { pk: item.pk, sk: item.sk }, UpdateExpression: 'SET scheduleArn = :a', ExpressionAttributeValues: { ':a': scheduleArn } }));
}
