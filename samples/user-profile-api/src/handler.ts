import { createHmac } from 'node:crypto';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { IDEMPOTENCY_TABLE } from './config.js';
import { audit, loadProfile, saveProfile, type Profile } from './profile-store.js';
import { cdnSigningKey, featureFlags, limits } from './settings.js';

const persistenceStore = new DynamoDBPersistenceLayer({ tableName: IDEMPOTENCY_TABLE });
const config = new IdempotencyConfig({ eventKeyJmesPath: 'headers."idempotency-key"', expiresAfterSeconds: 3600 });

async function updateProfile(event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) {
  const userId = event.requestContext.authorizer.jwt.claims.sub as string;
  const input = JSON.parse(event.body ?? '{}') as Partial<Profile> & { version: number };
  const [flags, max] = await Promise.all([featureFlags(), limits()]);

  if ((input.bio?.length ?? 0) > (max['bio-length'] ?? 500)) {
    return { statusCode: 422, body: JSON.stringify({ message: 'bio too long' }) };
  }

  const current = await loadProfile(userId);
  if (!current) return { statusCode: 404, body: '' };

  const next: Profile = { ...current, displayName: input.displayName ?? current.displayName, bio: input.bio ?? current.bio };
  if (flags.pronounsField) next.pronouns = input.pronouns ?? current.pronouns;
  if (flags.avatarUploads && input.avatarUrl) {
    const sig = createHmac('sha256', await cdnSigningKey()).update(input.avatarUrl).digest('hex');
    next.avatarUrl = `${input.avatarUrl}?sig=${sig}`;
  }

  await saveProfile(next, input.version);
  await audit(userId, Object.keys(input), context.awsRequestId);
  return { statusCode: 200, body: JSON.stringify({ ...next, version: input.version + 1 }) };
}

export const handler = makeIdempotent(updateProfile, { persistenceStore, config });
