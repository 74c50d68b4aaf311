import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';
import { AUDIT, PROFILES_TABLE } from './config.js';

export interface Profile {
  userId: string;
  displayName: string;
  bio?: string;
  pronouns?: string;
  avatarUrl?: string;
  version: number;
}

const profiles = DynamoDBDocument.from(new DynamoDBClient({}));
const auditClient = new DynamoDBClient({ region: AUDIT.region });

export async function loadProfile(userId: string): Promise<Profile | undefined> {
  const res = await profiles.get({ TableName: PROFILES_TABLE, Key: { userId }, ConsistentRead: true });
  return res.Item as Profile | undefined;
}

export async function saveProfile(next: Profile, expectedVersion: number): Promise<void> {
  const { userId, version: _ignored, ...fields } = next;
  const names = Object.keys(fields);
  await profiles.update({
    TableName: PROFILES_TABLE,
    Key: { userId },
    UpdateExpression: `SET ${names.map((n) => `#${n} = :${n}`).join(', ')}, version = :next`,
    ConditionExpression: 'version = :expected',
    ExpressionAttributeNames: Object.fromEntries(names.map((n) => [`#${n}`, n])),
    ExpressionAttributeValues: {
      ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [`:${k}`, v])),
      ':expected': expectedVersion,
      ':next': expectedVersion + 1,
    },
  });
}

export async function audit(userId: string, changed: string[], requestId: string): Promise<void> {
  await auditClient.send(
    new PutItemCommand({
      TableName: AUDIT.table,
      Item: {
        pk: { S: `USER#${userId}` },
        sk: { S: `${new Date().toISOString()}#${requestId}` },
        changed: { SS: changed.length ? changed : ['(none)'] },
      },
    }),
  );
}
